import type { JsonSchema } from './fact-types';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const str = (description: string) => ({ type: 'string', description });
const strEnum = (values: readonly string[], description: string) => ({ type: 'string', enum: values, description });

/**
 * The InitiateJob request body: the JobParameters object itself (§2.1, §7.1),
 * with its nested shapes. Cross-field rules that JSON Schema can state are
 * stated (ArchiveId with the job type); the rest (megabyte alignment, §3.4)
 * is left to descriptions because it depends on the archive size.
 */
export const JOB_PARAMETERS_SCHEMAS: { readonly [name: string]: JsonSchema } = {
  JobParameters: {
    'x-source': '§2.1, §3.1, §7.1',
    description: 'InitiateJob body, sent bare (never wrapped in {"jobParameters": ...}).',
    type: 'object',
    required: ['Type'],
    properties: {
      Type: strEnum(['archive-retrieval', 'inventory-retrieval', 'select'], 'Job type.'),
      ArchiveId: str('Required for archive-retrieval and select; an error for inventory-retrieval.'),
      Description: { type: 'string', maxLength: 1024, pattern: '^[\\x20-\\x7E]*$', description: 'At most 1024 bytes of printable ASCII.' },
      SNSTopic: str('ARN of an existing SNS topic to notify.'),
      RetrievalByteRange: {
        type: 'string',
        pattern: '^[0-9]+-[0-9]+$',
        description: 'archive-retrieval only: inclusive "<start>-<end>", megabyte aligned (start a multiple of 1 MiB; end+1 a multiple of 1 MiB or end = size-1, §3.4), else 400.',
      },
      Tier: strEnum(['Expedited', 'Standard', 'Bulk'], 'Retrieval tier for archive-retrieval and select; default Standard.'),
      Format: strEnum(['CSV', 'JSON'], 'inventory-retrieval output format; default JSON.'),
      InventoryRetrievalParameters: ref('InventoryRetrievalJobInput'),
      SelectParameters: ref('SelectParameters'),
      OutputLocation: ref('OutputLocation'),
    },
    allOf: [
      {
        if: { required: ['Type'], properties: { Type: { enum: ['archive-retrieval', 'select'] } } },
        then: { required: ['ArchiveId'] },
      },
      {
        if: { required: ['Type'], properties: { Type: { const: 'inventory-retrieval' } } },
        then: { not: { anyOf: [{ required: ['ArchiveId'] }, { required: ['RetrievalByteRange'] }] } },
      },
      {
        if: { required: ['Type'], properties: { Type: { const: 'select' } } },
        then: { required: ['OutputLocation'] },
      },
    ],
  },
  InventoryRetrievalJobInput: {
    'x-source': '§2.1, §3.6',
    type: 'object',
    properties: {
      StartDate: { type: 'string', format: 'date-time', description: 'Archives created at or after this UTC time.' },
      EndDate: { type: 'string', format: 'date-time', description: 'Archives created before this UTC time.' },
      Limit: { type: 'string', pattern: '^[1-9][0-9]*$', description: 'Maximum inventory items, a string holding an integer >= 1.' },
      Marker: str('Continuation marker from a previous inventory job.'),
    },
  },
  SelectParameters: {
    'x-source': '§2.1',
    type: 'object',
    properties: {
      InputSerialization: { type: 'object', properties: { csv: ref('CSVInput') } },
      ExpressionType: strEnum(['SQL'], 'Expression language.'),
      Expression: str('The SQL expression.'),
      OutputSerialization: { type: 'object', properties: { csv: ref('CSVOutput') } },
    },
  },
  CSVInput: {
    'x-source': '§2.1',
    type: 'object',
    properties: {
      FileHeaderInfo: strEnum(['USE', 'IGNORE', 'NONE'], 'How the first line is treated.'),
      Comments: str('Comment line prefix.'),
      QuoteEscapeCharacter: str('Escape character inside quotes.'),
      RecordDelimiter: str('Record separator.'),
      FieldDelimiter: str('Field separator.'),
      QuoteCharacter: str('Quote character.'),
    },
  },
  CSVOutput: {
    'x-source': '§2.1',
    type: 'object',
    properties: {
      QuoteFields: strEnum(['ALWAYS', 'ASNEEDED'], 'When output fields are quoted.'),
      QuoteEscapeCharacter: str('Escape character inside quotes.'),
      RecordDelimiter: str('Record separator.'),
      FieldDelimiter: str('Field separator.'),
      QuoteCharacter: str('Quote character.'),
    },
  },
  OutputLocation: {
    'x-source': '§2.1',
    type: 'object',
    properties: { S3: ref('S3Location') },
  },
};
