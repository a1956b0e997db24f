import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExchangeResponse } from '../core/exchange';
import { CONFORMING } from '../testing/conforming-observations';
import { CATALOG } from './catalog';
import { judge } from './judge';

const ids = CATALOG.map((check) => check.id);

/** Anything a target could answer: any status, headers, JSON or text body, digests. */
const responseArb: fc.Arbitrary<ExchangeResponse> = fc.record(
  {
    status: fc.integer({ min: 100, max: 599 }),
    headers: fc.dictionary(fc.constantFrom('content-type', 'content-length', 'content-range', 'x-amz-sha256-tree-hash', 'x-amz-job-id', 'location', 'date', 'x-amzn-requestid'), fc.string()),
    bytes: fc.nat(),
    // Inventories too: an ArchiveList of anything at all.
    json: fc.oneof(fc.jsonValue(), fc.record({ ArchiveList: fc.array(fc.jsonValue(), { maxLength: 3 }) })),
    text: fc.string(),
    treeHash: fc.string({ unit: fc.constantFrom(...'0123456789abcdef') }),
    sha256: fc.string({ unit: fc.constantFrom(...'0123456789abcdef') }),
  },
  { requiredKeys: ['status', 'headers', 'bytes'] },
);
const bodyArb = fc.dictionary(fc.constantFrom('StatusCode', 'Completed', 'CreationDate', 'CompletionDate', 'Action', 'ArchiveId', 'Tier', 'RetrievalByteRange', 'SHA256TreeHash', 'ArchiveSHA256TreeHash', 'InventoryRetrievalParameters'), fc.jsonValue());

/** The observation with every `response` and `body` in it replaced by what the target might have sent instead. */
function vary(value: unknown, response: ExchangeResponse, body: Record<string, unknown>): unknown {
  if (Array.isArray(value)) return value.map((item) => vary(item, response, body));
  if (value === null || typeof value !== 'object' || value instanceof Map) return value;
  return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, key === 'response' ? response : key === 'body' ? body : vary(field, response, body)]));
}

describe('every check family (the shared contract)', () => {
  it.each(ids)('%s finds nothing wrong with a conforming observation', (id) => {
    expect(judge(id, CONFORMING[id])).toEqual([]);
  });

  it('never throws, and words every problem "Received: … Expected: …", whatever the target answered', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ids), responseArb, bodyArb, (id, response, body) => {
        // The observation keeps its shape; only what came over the wire is arbitrary.
        const observation = vary(CONFORMING[id], response, body) as typeof CONFORMING[typeof id];
        for (const diagnostic of judge(id, observation)) expect(diagnostic.message).toMatch(/(^|\n)Received: [\s\S]*\nExpected: /);
      }),
      { numRuns: 2000 },
    );
  });
});
