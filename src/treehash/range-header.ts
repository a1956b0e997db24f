import { parseStartEnd, type ByteRange } from './byte-range';

/**
 * Parses a Get Job Output `Range` header value, `bytes=s-e` (inclusive; offsets relative
 * to the job output, §2.4), or returns undefined for anything else.
 *
 * Only the one documented form is understood. Open and suffix ranges (`bytes=N-`,
 * `bytes=-N`) and multiple ranges are undocumented for Glacier (§3.5) and give undefined,
 * as does malformed text. A real service ignored a malformed Range and sent the whole
 * body (I:boto/boto3#2077), so "undefined" matches treating the request as having no Range.
 * The unit is matched case-insensitively (RFC 9110 §14.1).
 *
 * @example parseRangeHeader('bytes=0-1048575') // { start: 0, end: 1048575 }
 * @example parseRangeHeader('bytes 0-4194303/235812776') // undefined
 */
export function parseRangeHeader(value: string): ByteRange | undefined {
  const match = /^bytes=(.*)$/i.exec(value.trim());
  return match ? parseStartEnd(match[1]!) : undefined;
}

/**
 * Formats a `Range` header value.
 *
 * @example formatRangeHeader({ start: 0, end: 1023 }) // 'bytes=0-1023'
 */
export function formatRangeHeader(range: ByteRange): string {
  return `bytes=${range.start}-${range.end}`;
}
