import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIB, type ByteRange } from './byte-range';
import { parseContentRange } from './content-range';
import { expectedJobOutput, type JobOutputBody, type JobOutputExpectation } from './job-output-expectation';
import { parseRangeHeader } from './range-header';
import { parseRetrievalByteRange } from './retrieval-byte-range';
import { treeHashOfRange } from './tree-hash';
import { PATTERN_HASHES, patternBytes } from './pattern-archive-fixture';

/** `bytes(i % 251 for i in range(3*1048576 + 5))`, the §6 fixture archive. */
const ARCHIVE = patternBytes(3 * MIB + 5);
const SIZE = ARCHIVE.length;
const WHOLE = { start: 0, end: SIZE - 1 };

// §5 intermediate nodes of that archive.
const { root: ROOT, L0, L1, L2, L3, L01, L23 } = PATTERN_HASHES;

function asBody(expectation: JobOutputExpectation): JobOutputBody {
  if (expectation.kind !== 'body') throw new Error(`expected a body, got ${JSON.stringify(expectation)}`);
  return expectation;
}

/** The header value a faithful server sends: the tree hash of exactly the bytes returned, when present. */
function headerValue(body: JobOutputBody): string | undefined {
  return body.treeHashHeader ? treeHashOfRange(ARCHIVE, body.archiveRange) : undefined;
}

const rangeOf = (header: string | undefined): ByteRange | undefined =>
  header === undefined ? undefined : parseRangeHeader(header);

describe('expectedJobOutput', () => {
  // §6 fixture table, whole-archive job: Range, status, Content-Range, header (DG rule), header (M wording).
  it.each([
    [undefined, 200, undefined, ROOT, true],
    ['bytes=0-1048575', 206, 'bytes 0-1048575/3145733', L0, true],
    ['bytes=1048576-2097151', 206, 'bytes 1048576-2097151/3145733', L1, true],
    ['bytes=0-2097151', 206, 'bytes 0-2097151/3145733', L01, true],
    ['bytes=2097152-3145732', 206, 'bytes 2097152-3145732/3145733', L23, true],
    ['bytes=3145728-3145732', 206, 'bytes 3145728-3145732/3145733', L3, true],
    ['bytes=1048576-3145727', 206, 'bytes 1048576-3145727/3145733', undefined, true],
    ['bytes=0-3145727', 206, 'bytes 0-3145727/3145733', undefined, true],
    ['bytes=1048576-3145732', 206, 'bytes 1048576-3145732/3145733', undefined, true],
    ['bytes=0-1023', 206, 'bytes 0-1023/3145733', undefined, false],
  ])('answers Range %s of the whole-archive job as the §6 table', (range, status, contentRange, hash, byModel) => {
    const body = asBody(expectedJobOutput({ archiveSize: SIZE, retrievedRange: WHOLE, range: rangeOf(range) }));
    const requested = rangeOf(range) ?? WHOLE;
    const length = requested.end - requested.start + 1;
    expect(body).toMatchObject({ status, contentRange, contentLength: length, treeHashHeaderByModelWording: byModel });
    expect(headerValue(body)).toBe(hash);
  });

  // §6: job with RetrievalByteRange "2097152-3145732" (job SHA256TreeHash = L23).
  it.each([
    [undefined, 200, undefined, { start: 2097152, end: 3145732 }, L23],
    ['bytes=0-1048575', 206, 'bytes 0-1048575/1048581', { start: 2097152, end: 3145727 }, L2],
    ['bytes=1048576-1048580', 206, 'bytes 1048576-1048580/1048581', { start: 3145728, end: 3145732 }, L3],
    ['bytes=0-1048580', 206, 'bytes 0-1048580/1048581', { start: 2097152, end: 3145732 }, L23],
    ['bytes=0-1023', 206, 'bytes 0-1023/1048581', { start: 2097152, end: 2098175 }, undefined],
  ])('answers Range %s of the "2097152-3145732" job as §6', (range, status, contentRange, archiveRange, hash) => {
    const retrievedRange = parseRetrievalByteRange('2097152-3145732')!;
    const body = asBody(expectedJobOutput({ archiveSize: SIZE, retrievedRange, range: rangeOf(range) }));
    expect(body).toMatchObject({ status, contentRange, archiveRange });
    expect(body.contentLength).toBe(archiveRange.end - archiveRange.start + 1);
    expect(headerValue(body)).toBe(hash);
  });

  it.each([undefined, 'bytes=0-1048575', 'bytes=1048576-2097151'])(
    'omits the header on every download of the MB-aligned, not tree-hash aligned job "1048576-3145727" (Range %s, §6)',
    (range) => {
      const retrievedRange = parseRetrievalByteRange('1048576-3145727')!;
      const body = asBody(expectedJobOutput({ archiveSize: SIZE, retrievedRange, range: rangeOf(range) }));
      expect(body.treeHashHeader).toBe(false);
      expect(body.treeHashHeaderByModelWording).toBe(true);
    },
  );

  it('omits the header for a 5 MiB retrieval that is not tree-hash aligned (I:boto/boto#2509)', () => {
    const body = asBody(expectedJobOutput({ archiveSize: 16 * MIB, retrievedRange: { start: MIB, end: 6 * MIB - 1 } }));
    expect(body).toMatchObject({ status: 200, contentLength: 5 * MIB, treeHashHeader: false });
  });

  it.each([
    ['at the end of an 8 MiB output, as in I:boto/boto#2510', 8 * MIB, 'bytes=8388608-12582911'],
    ['past the end', 8 * MIB, 'bytes=9000000-9000001'],
  ])('answers a Range starting %s with 400, not 416 (§3.5)', (_name, size, range) => {
    expect(expectedJobOutput({ archiveSize: size, retrievedRange: { start: 0, end: size - 1 }, range: rangeOf(range) })).toEqual({
      kind: 'error',
      status: 400,
      code: 'InvalidParameterValueException',
      message: `The start of the range is larger than size of retrieved data: ${range}`,
    });
  });

  it('counts a Range that starts inside the output but ends past it as undocumented (§3.5)', () => {
    const outcome = expectedJobOutput({ archiveSize: SIZE, retrievedRange: WHOLE, range: { start: 0, end: SIZE } });
    expect(outcome.kind).toBe('undocumented');
  });

  it('refuses a retrieved range outside the archive', () => {
    expect(() => expectedJobOutput({ archiveSize: SIZE, retrievedRange: { start: 0, end: SIZE } })).toThrowError(RangeError);
  });

  it('sends a Content-Range that names the requested bytes and the job output size, with a matching length', () => {
    const within = (x: number, y: number, size: number): ByteRange => ({
      start: Math.min(x % size, y % size),
      end: Math.max(x % size, y % size),
    });
    const caseArb = fc
      .record({ size: fc.integer({ min: 1, max: 64 * MIB }), a: fc.nat(), b: fc.nat(), c: fc.nat(), d: fc.nat() })
      .map(({ size, a, b, c, d }) => {
        const retrieved = within(a, b, size);
        return { size, retrieved, range: within(c, d, retrieved.end - retrieved.start + 1) };
      });
    fc.assert(
      fc.property(caseArb, ({ size, retrieved, range }) => {
        const body = asBody(expectedJobOutput({ archiveSize: size, retrievedRange: retrieved, range }));
        const sent = parseContentRange(body.contentRange!)!;
        expect(sent).toEqual({ range, total: retrieved.end - retrieved.start + 1 });
        expect(body.contentLength).toBe(range.end - range.start + 1);
        if (body.treeHashHeader) expect(body.treeHashHeaderByModelWording).toBe(true);
      }),
    );
  });
});
