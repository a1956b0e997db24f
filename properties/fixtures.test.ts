import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outputRangeShapeArb } from './arbitraries';
import { FAMILIES } from '../src/checks/check-definition';
import { FOOTPRINT_DEFAULTS } from '../src/run/run-plan';
import { ARCHIVE_FIXTURES, FAMILY_FIXTURES, JOB_FIXTURES, jobsOf, uploadsOf } from './fixtures';
import { archiveContent } from './model/archive-content';
import { expectedOutput, modelArchive, type Span } from './model/glacier-model';
import { isAcceptableRetrieval, outputSpan, retrievalSpan } from './model/span-shapes';

const MiB = 1024 * 1024;
const archives = ARCHIVE_FIXTURES.map((fixture, index) => modelArchive('', archiveContent(fixture.size, 1000 + index), fixture.description));

/** Every prepared retrieval, concrete: the archive, the retrieved span, whether the whole archive. */
const retrievals = JOB_FIXTURES.map((job) => {
  const archive = archives[job.archive]!;
  const span = retrievalSpan(job.shape, archive.content.length);
  return { job, archive, whole: span === undefined, retrieved: span ?? { start: 0, end: archive.content.length - 1 } };
});

describe('the prepared fixtures cover the boundary shapes of the byte-range and tree-hash rules', () => {
  it('every prepared retrieval is one §3.4 accepts', () => {
    for (const { archive, retrieved } of retrievals) expect(isAcceptableRetrieval(retrieved, archive.content.length)).toBe(true);
  });

  it('retrievals: megabyte aligned but no tree node, tree nodes at the first, a middle and the last leaf, ranges ending on the last byte, every tier', () => {
    const ranged = retrievals.filter((retrieval) => !retrieval.whole);
    const aligned = ranged.filter((r) => expectedOutput(r.archive, r.retrieved).treeHashAligned);
    expect(ranged.some((r) => !expectedOutput(r.archive, r.retrieved).treeHashAligned)).toBe(true);
    expect(aligned.some((r) => r.retrieved.start === 0)).toBe(true);
    expect(aligned.some((r) => r.retrieved.start > 0 && r.retrieved.end < r.archive.content.length - 1)).toBe(true);
    expect(aligned.some((r) => r.retrieved.end === r.archive.content.length - 1)).toBe(true);
    expect(ranged.filter((r) => r.retrieved.end === r.archive.content.length - 1).length).toBeGreaterThanOrEqual(2);
    expect(new Set(JOB_FIXTURES.map((job) => job.tier ?? 'none'))).toEqual(new Set(['Expedited', 'Standard', 'Bulk', 'none']));
  });

  it('generated Range headers over them reach megabyte-aligned non-tree ranges on whole and ranged jobs, first/middle/last leaves and the last byte', () => {
    const seen = new Set<string>();
    // About as many GetJobOutput commands as a default run of one family generates (20 runs of up to 8 commands).
    for (const shape of fc.sample(outputRangeShapeArb, { numRuns: 130, seed: 1 })) {
      for (const { archive, retrieved, whole } of retrievals) {
        const size = retrieved.end - retrieved.start + 1;
        const span: Span | undefined = outputSpan(shape, size);
        if (!span || span.start >= size) continue;
        const expected = expectedOutput(archive, retrieved, span);
        const job = whole ? 'whole' : 'ranged';
        if (expected.megabyteAligned && !expected.treeHashAligned) seen.add(`${job}: megabyte, not tree`);
        if (expected.treeHashAligned && span.end - span.start + 1 <= MiB) {
          const leaf = retrieved.start + span.start === 0 ? 'first' : retrieved.start + span.end === archive.content.length - 1 ? 'last' : 'middle';
          seen.add(`${job}: ${leaf} leaf`);
        }
        if (span.end === size - 1) seen.add(`${job}: ends on the last byte`);
      }
    }
    for (const job of ['whole', 'ranged']) {
      for (const shape of ['megabyte, not tree', 'first leaf', 'middle leaf', 'last leaf', 'ends on the last byte']) expect(seen, `${job}: ${shape}`).toContain(`${job}: ${shape}`);
    }
  });

  it('every family is prepared, and together they fit the default caps with room for a faulty target\'s extra answers', () => {
    const families = Object.values(FAMILY_FIXTURES);
    expect(Object.keys(FAMILY_FIXTURES).sort()).toEqual([...FAMILIES].sort());
    expect(families.length).toBeLessThanOrEqual(FOOTPRINT_DEFAULTS.vaults);
    expect(families.reduce((sum, fixtures) => sum + uploadsOf(fixtures), 0)).toBeLessThanOrEqual(FOOTPRINT_DEFAULTS.uploads * 0.75);
    expect(families.reduce((sum, fixtures) => sum + jobsOf(fixtures), 0)).toBeLessThanOrEqual(FOOTPRINT_DEFAULTS.jobs * 0.75);
  });

  it('the listings get several pages of several jobs, and more jobs than a too-small default page', () => {
    expect(FAMILY_FIXTURES['list-jobs'].jobs.length).toBeGreaterThanOrEqual(6);
    expect(FAMILY_FIXTURES.limits.jobs.length).toBeGreaterThan(10);
    expect(new Set(FAMILY_FIXTURES.inventory.inventories)).toEqual(new Set(['JSON', 'CSV']));
    // CSV must quote a comma and escape a quote (§3.6): the inventory archives' descriptions hold both.
    const descriptions = FAMILY_FIXTURES.inventory.archives.map((index) => ARCHIVE_FIXTURES[index]!.description);
    expect(descriptions.some((text) => text.includes('"') && text.includes(','))).toBe(true);
  });
});
