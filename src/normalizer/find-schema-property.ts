import type { JsonSchema } from './fact-types';

export interface PropertyLocation {
  /** Dotted path from the root schema, e.g. `GlacierJobDescription.InventoryRetrievalParameters.Limit`. */
  readonly path: string;
  /** JSON pointer of the property's schema in the model, e.g. `#/components/schemas/InventoryRetrievalJobDescription/properties/Limit`. */
  readonly pointer: string;
  /** JSON type(s) of the property, e.g. `boolean` or `integer|null`. */
  readonly type: string;
}

type Schemas = { readonly [name: string]: JsonSchema };

interface Frontier {
  readonly component: string;
  readonly path: string;
}

/**
 * Finds a property by name in the tree under a component schema, breadth first
 * so the shallowest match wins (ListJobsOutput.Marker before the Marker of an
 * inventory job). `parent` narrows the search to properties of that parent,
 * for names like the seed's `Marker (InventoryRetrievalParameters)`.
 */
export function findSchemaProperty(schemas: Schemas, root: string, name: string, parent?: string): PropertyLocation | undefined {
  const seen = new Set<string>();
  let frontier: Frontier[] = [{ component: root, path: root }];
  while (frontier.length > 0) {
    const next: Frontier[] = [];
    for (const { component, path } of frontier) {
      if (seen.has(component)) continue;
      seen.add(component);
      const properties = (schemas[component]?.properties ?? {}) as Schemas;
      const parentName = path.split('.').at(-1);
      const found = properties[name];
      if (found && (parent === undefined || parentName === parent)) {
        return { path: `${path}.${name}`, pointer: `#/components/schemas/${component}/properties/${name}`, type: typeOf(found, schemas) };
      }
      for (const [property, schema] of Object.entries(properties)) {
        for (const target of referencedComponents(schema)) next.push({ component: target, path: `${path}.${property}` });
      }
    }
    frontier = next;
  }
  return undefined;
}

/** Component names a property schema points to, through arrays and anyOf/oneOf. */
function referencedComponents(schema: JsonSchema): string[] {
  const ref = typeof schema.$ref === 'string' ? [schema.$ref.replace('#/components/schemas/', '')] : [];
  const items = schema.items ? referencedComponents(schema.items as JsonSchema) : [];
  const alternatives = [...((schema.anyOf ?? []) as JsonSchema[]), ...((schema.oneOf ?? []) as JsonSchema[])].flatMap(referencedComponents);
  return [...ref, ...items, ...alternatives];
}

function typeOf(schema: JsonSchema, schemas: Schemas): string {
  if (Array.isArray(schema.type)) return schema.type.join('|');
  if (typeof schema.type === 'string') return schema.type;
  const targets = referencedComponents(schema);
  const nullable = ((schema.anyOf ?? []) as JsonSchema[]).some((alternative) => alternative.type === 'null');
  const base = targets.length ? `object ${targets[0]}` : 'any';
  return nullable ? `${base}|null` : base;
}
