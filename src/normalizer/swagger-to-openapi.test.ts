import { describe, expect, it } from 'vitest';
import { convertSwagger } from './swagger-to-openapi';

const swagger = {
  swagger: '2.0',
  info: { title: 't', version: '1' },
  host: 'example.com',
  basePath: '/v1',
  schemes: ['https'],
  consumes: ['application/json'],
  produces: ['application/json'],
  securityDefinitions: { basic: { type: 'basic' } },
  definitions: {
    Pet: { type: 'object', properties: { name: { type: 'string', 'x-nullable': true }, owner: { $ref: '#/definitions/Owner' } } },
    Owner: { type: 'object', properties: { age: { type: 'integer', minimum: 0, exclusiveMinimum: true } } },
  },
  paths: {
    '/pets/{id}': {
      parameters: [{ name: 'id', in: 'path', type: 'string', required: true }],
      put: {
        operationId: 'PutPet',
        'x-thing': 1,
        parameters: [
          { name: 'limit', in: 'query', type: 'integer', maximum: 5, description: 'max' },
          { in: 'body', name: 'pet', required: true, schema: { $ref: '#/definitions/Pet' } },
          { type: 'string' },
        ],
        responses: {
          200: { description: 'OK', schema: { $ref: '#/definitions/Pet' }, headers: { 'X-Rate': { type: 'integer' } } },
          204: { description: 'none' },
        },
      },
    },
  },
};

describe('convertSwagger', () => {
  const { document, skipped } = convertSwagger(swagger as never);
  const put = (document.paths as any)['/pets/{id}'].put;

  it('produces an OpenAPI 3.1 document with servers from host, basePath and schemes', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.servers).toEqual([{ url: 'https://example.com/v1' }]);
  });

  it('wraps simple parameters in a schema and makes path parameters required', () => {
    expect(put.parameters).toEqual([
      { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
      { name: 'limit', in: 'query', description: 'max', required: false, schema: { type: 'integer', maximum: 5 } },
    ]);
  });

  it('turns the body parameter into a requestBody per consumed media type', () => {
    expect(put.requestBody).toEqual({ required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } } });
  });

  it('moves response schemas into content and header types into schemas', () => {
    expect(put.responses['200']).toEqual({
      description: 'OK',
      headers: { 'X-Rate': { schema: { type: 'integer' } } },
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } },
    });
    expect(put.responses['204']).toEqual({ description: 'none' });
  });

  it('converts definitions: references, x-nullable and draft-4 exclusive bounds', () => {
    const schemas = (document.components as any).schemas;
    expect(schemas.Pet.properties.name).toEqual({ type: ['string', 'null'] });
    expect(schemas.Pet.properties.owner).toEqual({ $ref: '#/components/schemas/Owner' });
    expect(schemas.Owner.properties.age).toEqual({ type: 'integer', exclusiveMinimum: 0 });
  });

  it('keeps extensions and maps basic auth to an HTTP scheme', () => {
    expect(put['x-thing']).toBe(1);
    expect((document.components as any).securitySchemes.basic).toEqual({ type: 'http', scheme: 'basic' });
  });

  it('skips a parameter without name or location and says where it was', () => {
    expect(skipped).toEqual([{ pointer: '/paths/~1pets~1{id}/put/parameters/2', reason: 'parameter without a name or a location (`in`)' }]);
  });
});
