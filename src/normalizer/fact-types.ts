/**
 * Shapes of the Glacier facts tables. Every fact names the section of
 * ../shared/docs/glacier-jobs-api.md it comes from, and the model carries that
 * section as `x-source` so a reviewer can audit each entry against the doc.
 */

/** A section of glacier-jobs-api.md, e.g. `§2.3`, optionally with a note: `§4 (inferred)`. */
export type Section = `§${string}`;

/** A JSON Schema 2020-12 object as written into the model (OpenAPI 3.1 Schema Object). */
export type JsonSchema = { readonly [keyword: string]: unknown };

export type HttpMethod = 'get' | 'put' | 'post' | 'delete';

/** A request parameter; `id` is its key under `components.parameters`. */
export interface ParameterFact {
  readonly id: string;
  readonly name: string;
  readonly in: 'path' | 'query' | 'header';
  readonly required: boolean;
  readonly description: string;
  readonly schema: JsonSchema;
  readonly example: string;
  readonly source: Section;
  /** Further `x-` members, e.g. the documented range of ListJobs `limit`. */
  readonly extensions?: { readonly [name: `x-${string}`]: unknown };
}

/** A response header; `id` is its key under `components.headers`. */
export interface HeaderFact {
  readonly id: string;
  readonly name: string;
  readonly required: boolean;
  readonly description: string;
  readonly schema: JsonSchema;
  readonly example: string;
  readonly source: Section;
}

/** One media type of a body: its schema (a `components.schemas` key) and example ids. */
export interface ContentFact {
  readonly mediaType: string;
  readonly schema: string;
  /** Keys of `components.examples`; the first is what Prism serves. */
  readonly examples: readonly string[];
}

export interface SuccessFact {
  readonly status: number;
  readonly description: string;
  readonly source: Section;
  /** `HeaderFact` ids beyond the headers every response carries. */
  readonly headers: readonly string[];
  readonly content?: readonly ContentFact[];
  /** The body is a byte range of the representation the schema describes, not a complete document (§3.5). */
  readonly partialBody?: boolean;
}

export interface RequestBodyFact {
  readonly required: boolean;
  readonly description: string;
  readonly source: Section;
  readonly content: readonly ContentFact[];
}

export interface OperationFact {
  readonly operationId: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly summary: string;
  readonly description: string;
  readonly tag: string;
  readonly source: Section;
  /** `ParameterFact` ids beyond the parameters every operation takes. */
  readonly parameters: readonly string[];
  readonly requestBody?: RequestBodyFact;
  readonly success: readonly SuccessFact[];
  /** Exceptions of the service model's per-operation list (§4), beyond those every operation can return. */
  readonly errors: readonly string[];
  readonly errorsSource: Section;
  /** Per-exception example ids where this operation has a more telling message than the default. */
  readonly errorExamples?: { readonly [exception: string]: string };
}

export type ErrorType = 'Client' | 'Server' | 'Unknown';

export interface ExceptionFact {
  readonly name: string;
  /** More than one status when the sources disagree (§7.5); each gets a response. */
  readonly statuses: readonly number[];
  readonly type: ErrorType;
  readonly message: string;
  /** Whether `message` is quoted from the real service in §4 (else it is illustrative). */
  readonly quoted: boolean;
  readonly source: Section;
}

export interface ExampleFact {
  readonly id: string;
  readonly summary: string;
  readonly value: unknown;
  readonly source: Section;
}
