import { parseRetrievalByteRange, type ByteRange } from '../treehash';
import { GlacierErrors, isGlacierError, type GlacierError } from './glacier-errors';
import type { InventoryFormat, Tier } from './glacier-state';
import { parseInventoryParameters, type InventoryRequest } from './inventory-parameters';
import { parseSelectRequest, type SelectRequest } from './select-job-parameters';
import { checkMembers, isValidDescription, objectMember, parseJsonObject, stringMember, type JsonObject } from './json-body';

/** What Initiate Job asks for, validated except for what needs the vault (archive, range vs size). */
export type JobRequest = ArchiveJobRequest | InventoryJobRequest | SelectJobRequest;

export interface SelectJobRequest extends CommonRequest, SelectRequest {
  readonly type: 'select';
}

interface CommonRequest {
  readonly description: string | null;
  readonly snsTopic: string | null;
  readonly tier: Tier;
}

export interface ArchiveJobRequest extends CommonRequest {
  readonly type: 'archive-retrieval';
  readonly archiveId: string;
  /** The text as sent, for error messages, and its parsed form; null for the whole archive. */
  readonly retrievalByteRange: { readonly text: string; readonly range: ByteRange } | null;
}

export interface InventoryJobRequest extends CommonRequest {
  readonly type: 'inventory-retrieval';
  readonly format: InventoryFormat;
  readonly inventory: InventoryRequest;
}

/** JobParameters members and their JSON types (M:JobParameters, §2.1). */
const JOB_PARAMETER_TYPES = {
  Type: 'string',
  ArchiveId: 'string',
  Description: 'string',
  SNSTopic: 'string',
  RetrievalByteRange: 'string',
  Tier: 'string',
  Format: 'string',
  InventoryRetrievalParameters: 'object',
  SelectParameters: 'object',
  OutputLocation: 'object',
} as const;

const TIERS: readonly string[] = ['Expedited', 'Standard', 'Bulk'];
const FORMATS: readonly string[] = ['JSON', 'CSV'];
/** Members that only one job type takes; naming one for another type is a 400 (§2.1, §8). */
const ARCHIVE_ONLY = ['ArchiveId', 'RetrievalByteRange'] as const;
const INVENTORY_ONLY = ['Format', 'InventoryRetrievalParameters'] as const;
const SELECT_ONLY = ['SelectParameters', 'OutputLocation'] as const;

/**
 * Parses Initiate Job's body: the bare JobParameters object. §7 item 1 lists a
 * conflict (the DG syntax block wraps it in `{"jobParameters": …}`); we take the
 * model's payload trait, which both SDKs and every DG example follow, so a wrapped
 * body is an unknown member.
 */
export function parseJobParameters(body: Uint8Array): JobRequest | GlacierError {
  const object = parseJsonObject(body);
  if (isGlacierError(object)) return object;
  const shapeError = checkMembers(object, JOB_PARAMETER_TYPES, 'JobParameters');
  if (shapeError) return shapeError;
  const type = stringMember(object, 'Type');
  if (type === null) return GlacierErrors.missingParameter('Type');
  if (type !== 'archive-retrieval' && type !== 'inventory-retrieval' && type !== 'select') {
    return GlacierErrors.invalidParameter(`The job type is not valid: ${type}`);
  }
  const common = parseCommon(object);
  if (isGlacierError(common)) return common;
  const foreign = type === 'select' ? [...INVENTORY_ONLY, 'RetrievalByteRange'] : [...SELECT_ONLY, ...(type === 'archive-retrieval' ? INVENTORY_ONLY : ARCHIVE_ONLY)];
  const misplaced = foreign.find((name) => object[name] !== undefined && object[name] !== null);
  if (misplaced) return GlacierErrors.invalidParameter(`${misplaced} is not valid for a job of type ${type}`);
  if (type === 'select') {
    const select = parseSelectRequest(object);
    return isGlacierError(select) ? select : { ...common, ...select, type };
  }
  return type === 'archive-retrieval' ? parseArchiveJob(object, common) : parseInventoryJob(object, common);
}

function parseCommon(object: JsonObject): CommonRequest | GlacierError {
  const description = stringMember(object, 'Description');
  if (description !== null && !isValidDescription(description)) {
    return GlacierErrors.invalidParameter('The job description must be at most 1024 printable ASCII characters');
  }
  const tier = stringMember(object, 'Tier') ?? 'Standard';
  if (!TIERS.includes(tier)) return GlacierErrors.invalidParameter(`The tier is not valid: ${tier}`);
  const snsTopic = stringMember(object, 'SNSTopic');
  if (snsTopic !== null && !/^arn:[^:\s]+:sns:[^\s]+$/.test(snsTopic)) {
    return GlacierErrors.invalidParameter(`The SNS topic is not a valid ARN: ${snsTopic}`);
  }
  return { description, snsTopic, tier: tier as Tier };
}

function parseArchiveJob(object: JsonObject, common: CommonRequest): ArchiveJobRequest | GlacierError {
  const archiveId = stringMember(object, 'ArchiveId');
  if (archiveId === null) return GlacierErrors.missingParameter('ArchiveId');
  const text = stringMember(object, 'RetrievalByteRange');
  if (text === null) return { ...common, type: 'archive-retrieval', archiveId, retrievalByteRange: null };
  const range = parseRetrievalByteRange(text);
  if (!range) return GlacierErrors.invalidParameter(`The retrieval byte range is not valid: ${text}`);
  return { ...common, type: 'archive-retrieval', archiveId, retrievalByteRange: { text, range } };
}

function parseInventoryJob(object: JsonObject, common: CommonRequest): InventoryJobRequest | GlacierError {
  const format = stringMember(object, 'Format') ?? 'JSON';
  if (!FORMATS.includes(format)) return GlacierErrors.invalidParameter(`The inventory format is not valid: ${format}`);
  const inventory = parseInventoryParameters(objectMember(object, 'InventoryRetrievalParameters') ?? {});
  if (isGlacierError(inventory)) return inventory;
  return { ...common, type: 'inventory-retrieval', format: format as InventoryFormat, inventory };
}
