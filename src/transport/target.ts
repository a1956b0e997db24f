/**
 * The one seam between the suite and whatever it tests (design.md "Targets"): the same
 * request goes to the embedded reference, a URL or a Prism mock. A Target moves bytes
 * and nothing else: it does not sign, retry, parse or time-box beyond its own socket
 * limits; the Glacier client does all of that once, for every target.
 */
export interface TargetRequest {
  readonly method: string;
  /** Absolute URL, already encoded as it goes on the wire. */
  readonly url: string;
  /** Final header values, lowercase names, including `host` and any signature. */
  readonly headers: Readonly<Record<string, string>>;
  /** The serialized body; absent for GET/DELETE. */
  readonly body?: Uint8Array;
}

export interface RawResponse {
  readonly status: number;
  /** Lowercase names; repeated headers joined with `, `. */
  readonly headers: Readonly<Record<string, string>>;
  /** Read once. Iteration throws a TransportError when the body breaks or stalls. */
  readonly body: AsyncIterable<Uint8Array>;
  /** Releases the body without reading it (frees the connection). Safe to call twice. */
  discard(): void;
}

/** Socket-level limits a Target enforces itself, because only it sees the socket. */
export interface SocketLimits {
  readonly connectTimeoutMs: number;
  /** From the request being sent to the response headers: time to first byte. */
  readonly firstByteTimeoutMs: number;
  /** Longest pause between two body chunks. */
  readonly idleBodyTimeoutMs: number;
}

export interface Target {
  /** How the report names it: `embedded reference`, or the base URL. */
  readonly description: string;
  /** Where operation paths are resolved (`/-/vaults/v` → `${baseUrl}/-/vaults/v`). */
  readonly baseUrl: string;
  /**
   * Sends one request. Rejects with a TransportError (never anything else) when no
   * response head arrives; aborting `signal` stops the request and its body.
   */
  send(request: TargetRequest, signal: AbortSignal): Promise<RawResponse>;
  /** Closes pooled connections. */
  close(): Promise<void>;
}
