import { parseRangeHeader, type ByteRange } from '../treehash';
import { GlacierErrors, type GlacierError } from './glacier-errors';

/** What a Get Job Output `Range` header asks for, in job-output offsets. */
export type OutputRangeResolution = { readonly kind: 'whole' } | { readonly kind: 'partial'; readonly range: ByteRange } | GlacierError;

/** `bytes=N-` (open end) or `bytes=-N` (suffix), RFC 9110 §14.1.2; undefined for anything else. */
function parseOpenRange(header: string): { readonly start: number } | { readonly suffix: number } | undefined {
  const match = /^bytes=(?:(\d{1,16})-|-(\d{1,16}))$/i.exec(header.trim());
  if (!match) return undefined;
  return match[1] !== undefined ? { start: Number(match[1]) } : { suffix: Number(match[2]) };
}

/**
 * Resolves Get Job Output's `Range` against an output of `outputSize` bytes (§2.4, §3.5).
 * Offsets are relative to the job output (the retrieved range), the end is inclusive.
 * - no header, or a malformed one: the whole output, as a real service ignored a
 *   malformed Range and sent everything (I:boto/boto3#2077);
 * - start at or past the end: 400 InvalidParameterValueException, not 416 (I:boto/boto#2510);
 * - end past the output (undocumented): cut at the last byte, as HTTP does (RFC 9110 §14.1.2);
 * - `bytes=N-` runs to the last byte and `bytes=-N` is the last N bytes (the whole output
 *   when N is larger), both 206 with Content-Range as HTTP defines them (RFC 9110 §14.1.2;
 *   undocumented for Glacier, §3.5); `bytes=-0` asks for nothing and is refused like a
 *   start past the end.
 */
export function resolveOutputRange(header: string | undefined, outputSize: number): OutputRangeResolution {
  if (header === undefined) return { kind: 'whole' };
  const open = parseOpenRange(header);
  if (open && 'suffix' in open) {
    if (open.suffix === 0) return GlacierErrors.rangeStartPastEnd(header.trim());
    return { kind: 'partial', range: { start: Math.max(0, outputSize - open.suffix), end: outputSize - 1 } };
  }
  const range = open ? { start: open.start, end: Math.max(open.start, outputSize - 1) } : parseRangeHeader(header);
  if (!range) return { kind: 'whole' };
  if (range.start >= outputSize) return GlacierErrors.rangeStartPastEnd(open ? header.trim() : `bytes=${range.start}-${range.end}`);
  return { kind: 'partial', range: { start: range.start, end: Math.min(range.end, outputSize - 1) } };
}
