import { SERVICE_NAMES } from '@sx/contracts';
import { apiDocuments } from '../api-documents';

// Issue #10, "every field described": an integrator generating a client reads each field's meaning
// from the documents, so every object property (and every parameter) of every served OpenAPI and
// AsyncAPI document carries a non-empty description. A property whose schema is a $ref counts as
// described when the component it names is.

type Json = { readonly [key: string]: unknown };
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const hasText = (value: unknown): boolean => typeof value === 'string' && value.trim().length > 0;

/** The JSON paths of the properties and parameters in `doc` that say nothing about what they mean. */
function undescribedFields(document: object): string[] {
  const doc = document as Json;
  const resolve = (ref: string): unknown =>
    ref.startsWith('#/') ? ref.slice(2).split('/').reduce<unknown>((node, key) => (isObject(node) ? node[key.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined), doc) : undefined;
  const described = (schema: unknown, seen: ReadonlySet<string> = new Set()): boolean => {
    if (!isObject(schema)) return false;
    if (hasText(schema['description'])) return true;
    const ref = schema['$ref'];
    if (typeof ref === 'string' && !seen.has(ref)) return described(resolve(ref), new Set([...seen, ref]));
    const allOf = schema['allOf'];
    return Array.isArray(allOf) && allOf.length === 1 && described(allOf[0], seen);
  };
  const missing: string[] = [];
  const walk = (node: unknown, path: string): void => {
    if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${path}/${i}`));
    if (!isObject(node)) return;
    const properties = node['properties'];
    if (isObject(properties)) {
      for (const [name, schema] of Object.entries(properties)) if (!described(schema)) missing.push(`${path}/properties/${name}`);
    }
    const parameters = node['parameters'];
    if (Array.isArray(parameters)) {
      parameters.forEach((p, i) => {
        if (isObject(p) && typeof p['in'] === 'string' && !hasText(p['description']) && !described(p['schema'])) missing.push(`${path}/parameters/${i} (${String(p['in'])} ${String(p['name'])})`);
      });
    }
    for (const [key, value] of Object.entries(node)) walk(value, `${path}/${key}`);
  };
  walk(doc, '#');
  return missing;
}

describe('every field of the served contracts is described (issue #10)', () => {
  const docs = apiDocuments();

  it.each(SERVICE_NAMES)('%s: OpenAPI document', (service) => {
    expect(undescribedFields(docs.openapi[service])).toEqual([]);
  });

  it('the union OpenAPI document the client is generated from', () => {
    expect(undescribedFields(docs.exchange)).toEqual([]);
  });

  it.each(SERVICE_NAMES)('%s: AsyncAPI document (/asyncapi.json)', (service) => {
    expect(undescribedFields(docs.asyncapi[service])).toEqual([]);
  });

  it('the check fires: an undescribed property, one behind a $ref, and an undescribed parameter are each reported', () => {
    const doc = {
      paths: { '/x/{id}': { get: { parameters: [{ in: 'path', name: 'id', schema: { type: 'string' } }, { in: 'query', name: 'q', description: 'Described.' }] } } },
      components: {
        schemas: {
          Bare: { type: 'string' },
          Told: { type: 'string', description: 'Said once, on the component.' },
          Thing: { type: 'object', properties: { a: { type: 'string' }, b: { $ref: '#/components/schemas/Bare' }, c: { $ref: '#/components/schemas/Told' }, d: { type: 'string', description: ' ' } } },
        },
      },
    };
    expect(undescribedFields(doc)).toEqual([
      '#/paths//x/{id}/get/parameters/0 (path id)',
      '#/components/schemas/Thing/properties/a',
      '#/components/schemas/Thing/properties/b',
      '#/components/schemas/Thing/properties/d',
    ]);
  });
});
