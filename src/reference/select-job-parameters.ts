import { GlacierErrors, type GlacierError } from './glacier-errors';
import { objectMember, stringMember, type JsonObject } from './json-body';

/** What a select job asks for (model: SelectParameters, OutputLocation.S3). */
export interface SelectRequest {
  readonly archiveId: string;
  readonly selectParameters: JsonObject;
  readonly outputLocation: JsonObject;
  /** `s3://<bucket>/<prefix>/`: the job id is appended to make JobOutputPath. */
  readonly outputPrefix: string;
}

/**
 * Parses the members of a select job (model: JobParameters with Type `select`): ArchiveId,
 * SelectParameters with ExpressionType SQL and an Expression, and OutputLocation.S3 with
 * BucketName and Prefix. The reference checks the shape only: it runs no query (it has
 * no S3 to write results to).
 */
export function parseSelectRequest(object: JsonObject): SelectRequest | GlacierError {
  const archiveId = stringMember(object, 'ArchiveId');
  if (archiveId === null) return GlacierErrors.missingParameter('ArchiveId');
  const selectParameters = objectMember(object, 'SelectParameters');
  if (selectParameters === null) return GlacierErrors.missingParameter('SelectParameters');
  const expressionType = selectParameters.ExpressionType ?? 'SQL';
  if (expressionType !== 'SQL') return GlacierErrors.invalidParameter(`The expression type is not valid: ${String(expressionType)}`);
  if (typeof selectParameters.Expression !== 'string' || selectParameters.Expression.length === 0) {
    return GlacierErrors.missingParameter('SelectParameters.Expression');
  }
  const outputLocation = objectMember(object, 'OutputLocation');
  const s3 = outputLocation === null ? null : objectMember(outputLocation, 'S3');
  if (outputLocation === null || s3 === null) return GlacierErrors.missingParameter('OutputLocation.S3');
  const bucket = stringMember(s3, 'BucketName');
  if (bucket === null || bucket.length === 0) return GlacierErrors.missingParameter('OutputLocation.S3.BucketName');
  const prefix = stringMember(s3, 'Prefix');
  if (prefix === null || prefix.length === 0) return GlacierErrors.missingParameter('OutputLocation.S3.Prefix');
  return { archiveId, selectParameters, outputLocation, outputPrefix: `s3://${bucket}/${prefix.replace(/\/+$/, '')}/` };
}
