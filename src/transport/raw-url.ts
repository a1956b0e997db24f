/**
 * A request URL split without parsing it as a WHATWG URL, which would resolve `.`/`..`
 * segments, also percent-encoded ones: `origin` (`http://host:port`) and `path` with its
 * query, byte for byte as the request builder made it.
 */
export function splitUrl(url: string): { readonly origin: string; readonly path: string } {
  const match = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)(.*)$/i.exec(url);
  if (!match) throw new TypeError(`not an absolute URL: ${url}`);
  const path = match[2]!;
  return { origin: match[1]!, path: path.startsWith('/') ? path : `/${path}` };
}
