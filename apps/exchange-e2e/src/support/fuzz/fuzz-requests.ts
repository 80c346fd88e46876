import fc from 'fast-check';
import type { ServiceName } from '@sx/contracts';
import type { SeededCase } from '../seeded-cases';
import { edgeHeaders, nastyBody, nastySegment, nastyValue } from './nasty-values';
import { arbitraryFor, type JsonSchema } from './schema-arbitrary';

/** One operation of a service's OpenAPI document, as the fuzz needs it. */
export interface Operation {
  readonly method: string;
  readonly path: string;
  readonly auth: boolean;
  readonly params: Readonly<Record<string, JsonSchema>>;
  readonly query: Readonly<Record<string, JsonSchema>>;
  readonly body?: JsonSchema;
}

interface OpenApiOperation {
  readonly security?: unknown[];
  readonly parameters?: { in: string; name: string; schema: JsonSchema }[];
  readonly requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

// A held read (GET /cases/{id}?afterSeq=N) is slow by contract, up to 30 s: the fuzzer's 1 s oracle
// would flag it, so it never asks for one (safe-retries.spec.ts tests the wait).
const HELD_READ = new Set(['afterSeq', 'wait']);

export function operationsOf(doc: { paths: Record<string, Record<string, OpenApiOperation>> }): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      auth: (op.security?.length ?? 0) > 0,
      params: Object.fromEntries((op.parameters ?? []).filter((p) => p.in === 'path').map((p) => [p.name, p.schema])),
      query: Object.fromEntries((op.parameters ?? []).filter((p) => p.in === 'query' && !HELD_READ.has(p.name)).map((p) => [p.name, p.schema])),
      ...(op.requestBody?.content['application/json'] ? { body: op.requestBody.content['application/json'].schema } : {}),
    })),
  );
}

export type Category = 'valid' | 'boundary' | 'invalid-field' | 'nasty-path' | 'nasty-query' | 'nasty-body' | 'operator-keys';
export const CATEGORIES: readonly Category[] = ['valid', 'boundary', 'invalid-field', 'nasty-path', 'nasty-query', 'nasty-body', 'operator-keys'];

export interface FuzzRequest {
  readonly category: Category;
  readonly detail: string;
  readonly operation: Operation;
  readonly service: ServiceName;
  /** An agency id (its dev key is sent), `bogus` (a made-up key) or null (no key). */
  readonly caller: string | null;
  readonly pathAndQuery: string;
  readonly body?: { readonly text: string; readonly contentType: string };
  /** The edge's headers, often malformed: forwarded address, wait, If-Match, Idempotency-Key. */
  readonly headers: Readonly<Record<string, string>>;
  /** The seeded case the path names, if any: the party oracle applies. */
  readonly seededCase?: SeededCase;
}

export interface FuzzWorld {
  readonly services: readonly ServiceName[];
  readonly agencyIds: readonly string[];
  readonly cases: readonly SeededCase[];
}

function paramValue(name: string, schema: JsonSchema, world: FuzzWorld, category: Category): fc.Arbitrary<{ raw: string; seeded?: SeededCase }> {
  const fromSchema = arbitraryFor(schema, category === 'boundary' ? 'boundary' : 'valid').map((v) => ({ raw: encodeURIComponent(String(v)) }));
  if (category === 'nasty-path') return nastySegment.map((raw) => ({ raw }));
  if (name === 'caseId' && world.cases.length) return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...world.cases).map((c) => ({ raw: c.caseId, seeded: c })) }, { weight: 1, arbitrary: fromSchema });
  if (name === 'sha256' && world.cases.length) return fc.oneof(fc.constantFrom(...world.cases.map((c) => ({ raw: c.documentSha256 }))), fromSchema);
  return fromSchema;
}

function queryString(op: Operation, category: Category): fc.Arbitrary<string> {
  const names = Object.keys(op.query);
  if (category === 'nasty-query') {
    const name = fc.constantFrom(...names, 'unknown', '$where', 'cursor', 'limit');
    return fc.array(fc.tuple(name, nastySegment), { minLength: 1, maxLength: 3 }).map((pairs) => '?' + pairs.map(([k, v]) => `${k}=${v}`).join('&'));
  }
  if (names.length === 0) return fc.constant('');
  const values = fc.record(Object.fromEntries(names.map((n) => [n, arbitraryFor(op.query[n] ?? {}, category === 'boundary' ? 'boundary' : 'valid')])), { requiredKeys: [] });
  return values.map((v) => {
    const pairs = Object.entries(v).map(([k, x]) => `${k}=${encodeURIComponent(String(x))}`);
    return pairs.length ? `?${pairs.join('&')}` : '';
  });
}

/** Sets a value at a random place of a JSON value (or replaces it when it is no object). */
const withValueAt = (base: unknown, key: string, value: unknown): unknown =>
  typeof base === 'object' && base !== null && !Array.isArray(base) ? { ...base, [key]: value } : value;

function bodyFor(op: Operation, category: Category): fc.Arbitrary<{ text: string; contentType: string; kind: string } | undefined> {
  if (!op.body && category !== 'nasty-body') return fc.constant(undefined);
  const json = (v: unknown, kind: string) => ({ text: JSON.stringify(v) ?? 'null', contentType: 'application/json', kind });
  const valid = arbitraryFor(op.body ?? {}, category === 'boundary' ? 'boundary' : 'valid');
  switch (category) {
    case 'nasty-body': return nastyBody;
    case 'invalid-field': {
      const keys = Object.keys(op.body?.properties ?? {});
      return fc.tuple(valid, fc.constantFrom(...keys, 'on', 'candidate', 'extra'), nastyValue).map(([v, k, bad]) => json(withValueAt(v, k, bad), `field ${k}`));
    }
    case 'operator-keys':
      return fc.tuple(valid, fc.constantFrom('$where', '$ne', '$gt', '$expr')).map(([v, k]) => json(withValueAt(v, k, { [k]: null }), `operator ${k}`));
    default: return valid.map((v) => json(v, category));
  }
}

/** The path, query and body of one operation in one category: built once, sampled many times. */
function partsOf(operation: Operation, category: Category, world: FuzzWorld) {
  const params = Object.entries(operation.params).map(([name, schema]) => paramValue(name, schema, world, category).map((v) => [name, v] as const));
  return fc.tuple(fc.tuple(...params), queryString(operation, category), bodyFor(operation, category));
}

/** A request to one operation of one service, by one caller, in one category: all from the seed. */
export function fuzzRequest(operations: readonly Operation[], world: FuzzWorld): fc.Arbitrary<FuzzRequest> {
  const parts = new Map(operations.flatMap((op) => CATEGORIES.map((c) => [`${op.method} ${op.path} ${c}`, partsOf(op, c, world)] as const)));
  return fc
    .record({
      operation: fc.constantFrom(...operations),
      category: fc.constantFrom(...CATEGORIES),
      service: fc.constantFrom(...world.services),
      caller: fc.constantFrom<string | null>(...world.agencyIds, null, 'bogus'),
    })
    .chain(({ operation, category, service, caller }) => {
      const arbitrary = parts.get(`${operation.method} ${operation.path} ${category}`);
      if (!arbitrary) throw new Error(`no request parts for ${operation.method} ${operation.path}`);
      return fc.tuple(arbitrary, edgeHeaders).map(([[values, query, body], headers]): FuzzRequest => {
        let path = operation.path;
        let seededCase: SeededCase | undefined;
        for (const [name, v] of values) {
          path = path.replace(`{${name}}`, v.raw);
          if (v.seeded) seededCase = v.seeded;
        }
        return {
          category, operation, service, caller, pathAndQuery: path + query, headers,
          detail: body?.kind ?? category,
          ...(body ? { body: { text: body.text, contentType: body.contentType } } : {}),
          ...(seededCase ? { seededCase } : {}),
        };
      });
    });
}
