import { describe, expect, it } from 'vitest';
import { ajvErrorsToDiagnostics } from './ajv-diagnostics';
import { isJsonObject, type JsonObject } from '../core/json';
import { resolveRef, type OpenApiModel } from './model';
import { createModelAjv } from './model-ajv';
import { loadModel } from '../model/model-file';

const model = loadModel();
const ajv = createModelAjv(model);

interface Case {
  readonly where: string;
  readonly schema: unknown;
  readonly value: unknown;
}

/** Every example of media types (request and response), parameters and headers, with the schema it illustrates. */
function examplesOf(document: OpenApiModel): Case[] {
  const cases: Case[] = [];
  const media = (where: string, content: unknown) => {
    for (const [type, entry] of Object.entries(isJsonObject(content) ? content : {})) {
      const { schema, examples } = entry as JsonObject;
      for (const [name, example] of Object.entries(isJsonObject(examples) ? examples : {})) {
        cases.push({ where: `${where} ${type} ${name}`, schema, value: resolveRef(document, example).value });
      }
    }
  };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(item as Record<string, JsonObject>)) {
      media(`${method} ${path} request`, (op.requestBody as JsonObject | undefined)?.content);
      for (const [status, response] of Object.entries(op.responses as JsonObject)) {
        media(`${op.operationId} ${status}`, resolveRef(document, response).content);
      }
    }
  }
  for (const kind of ['parameters', 'headers']) {
    for (const [name, entry] of Object.entries(document.components[kind] as Record<string, JsonObject>)) {
      cases.push({ where: `${kind}/${name}`, schema: entry.schema, value: entry.example });
    }
  }
  return cases;
}

const cases = examplesOf(model);

describe('examples of the model', () => {
  it('finds the examples of every operation, parameter and header', () => {
    // Pinned: a change in the model's examples must change this number knowingly.
    expect(cases.length).toBe(147);
    expect(cases.filter((c) => c.where.startsWith('DescribeJob 200')).length).toBe(2);
  });

  it('uses every components.examples entry, so none escapes validation', () => {
    const used = new Set(JSON.stringify(model.paths).match(/#\/components\/examples\/[^"]+/g));
    const defined = Object.keys(model.components.examples as JsonObject).map((id) => `#/components/examples/${id}`);
    expect(defined.filter((ref) => !used.has(ref))).toEqual([]);
  });

  it('rejects an example whose type is wrong, so the checks above can fail', () => {
    const describeJob = cases.find((c) => c.where.startsWith('DescribeJob 200'))!;
    const broken = { ...(describeJob.value as JsonObject), Completed: 'false' };
    expect(ajv.compile(describeJob.schema)(broken)).toBe(false);
  });

  it.each(cases.map((c) => [c.where, c] as const))('%s validates against its own schema', (_where, c) => {
    const validate = ajv.compile(c.schema);
    const valid = validate(c.value);
    expect(valid ? [] : ajvErrorsToDiagnostics(validate.errors, 'example', c.value)).toEqual([]);
  });

  it('every example of an error response carries its status\'s exception as code', () => {
    const wrong = cases
      .filter((c) => /^\w+ [45]\d\d application\/json /.test(c.where))
      .filter((c) => !c.where.endsWith(` ${(c.value as JsonObject).code}`));
    expect(wrong.map((c) => c.where)).toEqual([]);
  });
});
