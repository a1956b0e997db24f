import { arrayAt, isJsonObject, objectAt, pointerOf, type JsonObject, type JsonValue } from '../core/json';
import { convertSchema, extensionsOf, schemaOfSimpleValue } from './swagger-schema';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'] as const;

/** Something of the Swagger document the conversion could not carry over, by JSON pointer into the seed. */
export interface SkippedPart {
  readonly pointer: string;
  readonly reason: string;
}

export interface Conversion {
  readonly document: JsonObject;
  readonly skipped: readonly SkippedPart[];
}

/**
 * Swagger 2.0 → OpenAPI 3.1, structurally and generically: it knows nothing
 * about Glacier (the facts overlay comes after). Malformed parts are skipped
 * and reported rather than fatal, because the seed is a scraped document.
 */
export function convertSwagger(swagger: JsonObject): Conversion {
  const skipped: SkippedPart[] = [];
  const context: Context = { swagger, skipped };
  const paths: JsonObject = {};
  for (const [path, item] of Object.entries(objectAt(swagger, 'paths'))) {
    paths[path] = convertPathItem(context, path, isJsonObject(item) ? item : {});
  }
  const document: JsonObject = {
    openapi: '3.1.0',
    info: objectAt(swagger, 'info'),
    servers: serversOf(swagger),
    ...(Array.isArray(swagger.tags) ? { tags: swagger.tags } : {}),
    paths,
    components: {
      schemas: convertSchema(objectAt(swagger, 'definitions')),
      securitySchemes: convertSecuritySchemes(objectAt(swagger, 'securityDefinitions')),
    },
    ...extensionsOf(swagger),
  };
  return { document, skipped };
}

interface Context {
  readonly swagger: JsonObject;
  readonly skipped: SkippedPart[];
}

/** Swagger's `basic` becomes an HTTP scheme; `apiKey` keeps its shape (oauth2 is not used by this API). */
function convertSecuritySchemes(definitions: JsonObject): JsonObject {
  return Object.fromEntries(
    Object.entries(definitions).map(([name, scheme]) => [
      name,
      isJsonObject(scheme) && scheme.type === 'basic' ? { type: 'http', scheme: 'basic' } : scheme,
    ]),
  );
}

function serversOf(swagger: JsonObject): JsonValue[] {
  const basePath = typeof swagger.basePath === 'string' ? swagger.basePath : '';
  if (typeof swagger.host !== 'string') return [{ url: basePath || '/' }];
  const schemes = arrayAt(swagger, 'schemes').filter((scheme) => typeof scheme === 'string');
  return (schemes.length ? schemes : ['https']).map((scheme) => ({ url: `${scheme}://${swagger.host}${basePath}` }));
}

function convertPathItem(context: Context, path: string, item: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const method of HTTP_METHODS) {
    const operation = item[method];
    if (!isJsonObject(operation)) continue;
    const inherited = arrayAt(item, 'parameters');
    out[method] = convertOperation(context, ['paths', path, method], operation, inherited);
  }
  return out;
}

function convertOperation(context: Context, at: string[], operation: JsonObject, inherited: JsonValue[]): JsonObject {
  const consumes = mediaTypes(operation, context.swagger, 'consumes');
  const parameters: JsonObject[] = [];
  let requestBody: JsonObject | undefined;
  // Each parameter keeps the pointer of where it is written: path item or operation.
  const located = [
    ...inherited.map((parameter, index) => ({ parameter, pointer: pointerOf([...at.slice(0, -1), 'parameters', index]) })),
    ...arrayAt(operation, 'parameters').map((parameter, index) => ({ parameter, pointer: pointerOf([...at, 'parameters', index]) })),
  ];
  located.forEach(({ parameter, pointer }) => {
    if (!isJsonObject(parameter) || typeof parameter.name !== 'string' || typeof parameter.in !== 'string') {
      context.skipped.push({ pointer, reason: 'parameter without a name or a location (`in`)' });
    } else if (parameter.in === 'body') {
      requestBody = { required: parameter.required === true, content: contentOf(consumes, convertSchema(parameter.schema ?? {})) };
    } else if (parameter.in === 'formData') {
      context.skipped.push({ pointer, reason: 'formData parameter (not used by this API)' });
    } else {
      parameters.push(convertParameter(parameter));
    }
  });
  const copied = ['operationId', 'summary', 'description', 'tags', 'deprecated'].filter((key) => key in operation);
  return {
    ...Object.fromEntries(copied.map((key) => [key, operation[key]!])),
    ...(parameters.length ? { parameters } : {}),
    ...(requestBody ? { requestBody } : {}),
    responses: convertResponses(operation, mediaTypes(operation, context.swagger, 'produces')),
    ...extensionsOf(operation),
  };
}

function convertParameter(parameter: JsonObject): JsonObject {
  return {
    name: parameter.name!,
    in: parameter.in!,
    ...(typeof parameter.description === 'string' ? { description: parameter.description } : {}),
    required: parameter.in === 'path' || parameter.required === true,
    schema: schemaOfSimpleValue(parameter),
  };
}

function convertResponses(operation: JsonObject, produces: string[]): JsonObject {
  const out: JsonObject = {};
  for (const [status, response] of Object.entries(objectAt(operation, 'responses'))) {
    if (!isJsonObject(response)) continue;
    const headers = Object.fromEntries(
      Object.entries(objectAt(response, 'headers')).map(([name, header]) => [
        name,
        { ...(isJsonObject(header) && typeof header.description === 'string' ? { description: header.description } : {}), schema: schemaOfSimpleValue(isJsonObject(header) ? header : {}) },
      ]),
    );
    out[status] = {
      description: typeof response.description === 'string' ? response.description : '',
      ...(Object.keys(headers).length ? { headers } : {}),
      ...(response.schema !== undefined ? { content: contentOf(produces, convertSchema(response.schema)) } : {}),
    };
  }
  return out;
}

function mediaTypes(operation: JsonObject, swagger: JsonObject, key: 'consumes' | 'produces'): string[] {
  const own = arrayAt(operation, key);
  return (own.length ? own : arrayAt(swagger, key)).filter((type): type is string => typeof type === 'string');
}

function contentOf(types: string[], schema: JsonValue): JsonObject {
  return Object.fromEntries((types.length ? types : ['application/json']).map((type) => [type, { schema }]));
}
