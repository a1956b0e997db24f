import fc from 'fast-check';
import type { Family } from '../src/checks/check-definition';
import { descriptionArb, outputRangeShapeArb, retrievalShapeArb, tierArb } from './arbitraries';
import { BadLimitCommand } from './commands/bad-limit';
import { DescribeJobCommand } from './commands/describe-job';
import { GetJobOutputCommand } from './commands/get-job-output';
import { GetOutputBeforeCompletionCommand } from './commands/get-output-early';
import { InitiateArchiveJobCommand } from './commands/initiate-archive-job';
import { DATE_FILTERS, InitiateInventoryJobCommand, type DateFilter } from './commands/initiate-inventory-job';
import { ListJobsWalkCommand } from './commands/list-jobs-walk';
import { NEGATIVE_KINDS, NegativeRequestCommand } from './commands/negative-request';
import { PauseCommand } from './commands/pause';
import { UploadArchiveCommand } from './commands/upload-archive';
import type { GlacierReal } from './glacier-real';
import type { GlacierModel } from './model/glacier-model';

type CommandArb = fc.Arbitrary<fc.AsyncCommand<GlacierModel, GlacierReal, boolean>>;

const position = fc.nat(15);
const format = fc.constantFrom('JSON' as const, 'CSV' as const);

/** Every command a family's sequences draw from, by name (one class per command in commands/). */
const COMMANDS = {
  uploadSmall: fc.tuple(fc.integer({ min: 1, max: 2048 }), fc.nat(), descriptionArb).map(([size, seed, description]) => new UploadArchiveCommand(size, seed, description)),
  initiateArchive: fc.tuple(position, retrievalShapeArb, tierArb, descriptionArb).map(([archive, shape, tier, description]) => new InitiateArchiveJobCommand(archive, shape, tier, description)),
  initiateWholeArchive: fc.tuple(position, tierArb, descriptionArb).map(([archive, tier, description]) => new InitiateArchiveJobCommand(archive, { kind: 'none' }, tier, description)),
  initiateInventory: fc
    .tuple(fc.option(format, { nil: undefined }), descriptionArb, fc.constantFrom(...(Object.keys(DATE_FILTERS) as DateFilter[])))
    .map(([f, description, dates]) => new InitiateInventoryJobCommand(f, description, dates)),
  describe: position.map((job) => new DescribeJobCommand(job)),
  output: fc.tuple(position, outputRangeShapeArb).map(([job, shape]) => new GetJobOutputCommand(job, shape)),
  outputNow: position.map((job) => new GetJobOutputCommand(job, { kind: 'none' }, false)),
  outputEarly: position.map((job) => new GetOutputBeforeCompletionCommand(job)),
  listWalk: fc
    .tuple(fc.oneof(fc.constant({ kind: 'none' as const }), position.map((p) => ({ kind: 'in-range' as const, position: p }))), fc.record({ statuscode: fc.constantFrom('InProgress' as const, 'Succeeded' as const, 'Failed' as const), completed: fc.constantFrom('true' as const, 'false' as const) }, { requiredKeys: [] }))
    .map(([limit, filter]) => new ListJobsWalkCommand(limit, filter)),
  listWalkPlain: fc.oneof(fc.constant({ kind: 'none' as const }), position.map((p) => ({ kind: 'in-range' as const, position: p }))).map((limit) => new ListJobsWalkCommand(limit, {})),
  listWalkWithInitiate: position.map((p) => new ListJobsWalkCommand({ kind: 'in-range', position: p * 3 + 1 }, {}, true)),
  pauseShort: fc.integer({ min: 1, max: 2 }).map((intervals) => new PauseCommand(intervals)),
  badLimit: fc.constantFrom('zero' as const, 'negative' as const, 'above-max' as const, 'non-numeric' as const, 'fraction' as const).map((kind) => new BadLimitCommand(kind)),
  negative: fc.tuple(fc.constantFrom(...NEGATIVE_KINDS), position).map(([kind, p]) => new NegativeRequestCommand(kind, p)),
} satisfies Record<string, CommandArb>;

type CommandName = keyof typeof COMMANDS;

/**
 * Which commands drive each family's sequences, with weights: enough to
 * exercise every check of the family in a few runs, and no more.
 */
export const FAMILY_COMMANDS: Readonly<Record<Family, readonly (readonly [CommandName, number])[]>> = {
  // Every family reads a prepared vault (properties/fixtures.ts): uploads, initiations and the waits are the
  // preparation's; only lifecycle and list-jobs initiate fresh jobs, within their allowance, and none waits.
  spec: [['describe', 1], ['output', 2], ['listWalkPlain', 1], ['negative', 1], ['badLimit', 1]],
  'list-jobs': [['listWalk', 3], ['listWalkPlain', 2], ['listWalkWithInitiate', 1], ['initiateWholeArchive', 1], ['describe', 1]],
  limits: [['listWalkPlain', 3], ['badLimit', 2]],
  'byte-ranges': [['describe', 1], ['output', 4]],
  'tree-hash': [['describe', 1], ['output', 4]],
  // A short pause lets a status that regresses a moment after completing show itself (seconds, never a job latency).
  lifecycle: [['initiateArchive', 2], ['initiateInventory', 1], ['describe', 3], ['outputEarly', 3], ['listWalkPlain', 1], ['pauseShort', 1]],
  inventory: [['output', 4], ['describe', 1]],
  errors: [['negative', 1]],
};

/**
 * A stateless target (a Prism mock) has no jobs that complete and no vault
 * state: its spec family only sends each kind of request and judges each
 * response on its own, and never waits.
 */
const STATELESS_COMMANDS: readonly (readonly [CommandName, number])[] = [
  ['uploadSmall', 1], ['initiateWholeArchive', 1], ['initiateInventory', 1], ['describe', 1], ['outputNow', 1], ['listWalkPlain', 1], ['negative', 1], ['badLimit', 1],
];

export function familyCommands(family: Family, stateless = false): CommandArb[] {
  return (stateless ? STATELESS_COMMANDS : FAMILY_COMMANDS[family]).flatMap(([name, weight]) => Array.from({ length: weight }, () => COMMANDS[name]));
}
