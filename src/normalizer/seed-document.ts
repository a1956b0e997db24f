import { isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Node } from 'yaml';
import { isJsonObject, pointerOf, type JsonObject } from '../core/json';
import { SpecInputError } from '../core/spec-input-error';

/** The parsed seed, with what a defect report needs to point into the file. */
export interface SeedDocument {
  readonly swagger: JsonObject;
  /** 1-based line of the YAML node at a JSON pointer (e.g. `/paths/~1{AccountID}~1vaults~1…/get`). */
  readonly lines: ReadonlyMap<string, number>;
  /** 1-based lines of the `---` markers of extra, empty YAML documents after the first. */
  readonly emptyDocumentLines: readonly number[];
}

/**
 * Parses the seed text. Tolerates what a scraped seed does (extra empty YAML
 * documents) and rejects what makes it unusable, with a one-line reason:
 * not YAML, not Swagger 2.0, no paths.
 */
export function parseSeed(text: string, label: string): SeedDocument {
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter, uniqueKeys: false });
  if (!Array.isArray(documents)) throw new SpecInputError(`${label}: not YAML (no document)`);
  const firstError = documents.flatMap((document) => document.errors)[0];
  if (firstError) {
    const line = lineCounter.linePos(firstError.pos[0]).line;
    throw new SpecInputError(`${label}: not YAML: ${firstError.message.split('\n')[0]} (line ${line})`);
  }
  const [first, ...rest] = documents;
  const swagger: unknown = first?.toJSON();
  if (!isJsonObject(swagger)) throw new SpecInputError(`${label}: not a Swagger 2.0 document (top level is not a mapping)`);
  if (String(swagger.swagger) !== '2.0') throw new SpecInputError(`${label}: not a Swagger 2.0 document (no \`swagger: "2.0"\`)`);
  if (!isJsonObject(swagger.paths) || Object.keys(swagger.paths).length === 0) {
    throw new SpecInputError(`${label}: Swagger 2.0 document without paths`);
  }
  const lines = new Map<string, number>();
  recordLines(first!.contents, [], lines, lineCounter);
  const emptyDocumentLines = rest
    .filter((document) => document.contents === null || document.toJSON() === null)
    .map((document) => lineCounter.linePos(document.range[0]).line);
  return { swagger, lines, emptyDocumentLines };
}

function recordLines(node: unknown, at: (string | number)[], lines: Map<string, number>, counter: LineCounter): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const path = [...at, String(pair.key.value)];
      lines.set(pointerOf(path), lineOf(pair.key, counter));
      recordLines(pair.value, path, lines, counter);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      const path = [...at, index];
      lines.set(pointerOf(path), lineOf(item as Node, counter));
      recordLines(item, path, lines, counter);
    });
  }
}

function lineOf(node: Node | null, counter: LineCounter): number {
  return node?.range ? counter.linePos(node.range[0]).line : 0;
}
