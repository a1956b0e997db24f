import { formatRangeHeader, parseRangeHeader, type ByteRange } from '../treehash';
import { GlacierErrors, type GlacierError } from './glacier-errors';

/** What a Get Job Output `Range` header asks for, in job-output offsets. */
export type OutputRangeResolution = { readonly kind: 'whole' } | { readonly kind: 'partial'; readonly range: ByteRange } | GlacierError;

/**
 * Resolves Get Job Output's `Range` against an output of `outputSize` bytes (§2.4, §3.5).
 * Offsets are relative to the job output (the retrieved range), the end is inclusive.
 * - no header, or a malformed one: the whole output, as a real service ignored a
 *   malformed Range and sent everything (I:boto/boto3#2077);
 * - start at or past the end: 400 InvalidParameterValueException, not 416 (I:boto/boto#2510);
 * - end past the output (undocumented): cut at the last byte, as HTTP does (RFC 9110 §14.1.2).
 */
export function resolveOutputRange(header: string | undefined, outputSize: number): OutputRangeResolution {
  if (header === undefined) return { kind: 'whole' };
  const range = parseRangeHeader(header);
  if (!range) return { kind: 'whole' };
  if (range.start >= outputSize) return GlacierErrors.rangeStartPastEnd(formatRangeHeader(range));
  return { kind: 'partial', range: { start: range.start, end: Math.min(range.end, outputSize - 1) } };
}
