import fc from 'fast-check';

/** The part of JSON Schema (OpenAPI 3.1) the services' documents use. */
export interface JsonSchema {
  readonly type?: string | readonly string[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly pattern?: string;
  readonly format?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly items?: JsonSchema;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly oneOf?: readonly JsonSchema[];
  readonly anyOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
  readonly default?: unknown;
}

/** `valid`: what the schema admits; `boundary`: its edges (shortest, longest, min, max, empty). */
export type Flavor = 'valid' | 'boundary';

function stringOf(s: JsonSchema, flavor: Flavor): fc.Arbitrary<string> {
  const min = s.minLength ?? 0;
  const max = Math.min(s.maxLength ?? 40, min + 300);
  if (s.pattern) return fc.stringMatching(new RegExp(s.pattern)).filter((v) => v.length >= min && v.length <= (s.maxLength ?? Infinity));
  if (s.format === 'date-time') return fc.date({ noInvalidDate: true, min: new Date('2000-01-01'), max: new Date('2040-01-01') }).map((d) => d.toISOString());
  if (flavor === 'boundary') return fc.constantFrom(...new Set([min, max]), ...(min > 0 ? [min - 1] : []), max + 1).chain((n) => fc.string({ minLength: n, maxLength: n }));
  return fc.string({ minLength: min, maxLength: max, unit: 'grapheme' });
}

function numberOf(s: JsonSchema, integer: boolean, flavor: Flavor): fc.Arbitrary<number> {
  const min = s.minimum ?? -1_000_000;
  const max = s.maximum ?? 1_000_000;
  if (flavor === 'boundary') return fc.constantFrom(min, max, min - 1, max + 1, 0, -1);
  return integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true });
}

function objectOf(s: JsonSchema, flavor: Flavor, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const props = Object.entries(s.properties ?? {});
  const required = new Set(s.required ?? []);
  const shape = Object.fromEntries(props.map(([k, v]) => [k, arbitraryFor(v, flavor, depth + 1)]));
  const requiredKeys = props.map(([k]) => k).filter((k) => required.has(k));
  return fc.record(shape, { requiredKeys });
}

/** Values for a schema, built from the schema itself (the OpenAPI document a service serves). */
export function arbitraryFor(s: JsonSchema, flavor: Flavor = 'valid', depth = 0): fc.Arbitrary<unknown> {
  if (depth > 8) return fc.constant(null);
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const variants = s.oneOf ?? s.anyOf;
  if (variants?.length) return fc.oneof(...variants.map((v) => arbitraryFor(v, flavor, depth + 1)));
  if (s.allOf?.length) return arbitraryFor(Object.assign({}, ...s.allOf) as JsonSchema, flavor, depth + 1);
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  const options = types.map((t): fc.Arbitrary<unknown> => {
    switch (t) {
      case 'string': return stringOf(s, flavor);
      case 'integer': return numberOf(s, true, flavor);
      case 'number': return numberOf(s, false, flavor);
      case 'boolean': return fc.boolean();
      case 'null': return fc.constant(null);
      case 'array': {
        const items = arbitraryFor(s.items ?? {}, flavor, depth + 1);
        return flavor === 'boundary' ? fc.oneof(fc.constant([]), fc.array(items, { minLength: s.maxItems ?? 20, maxLength: (s.maxItems ?? 20) + 1 })) : fc.array(items, { minLength: s.minItems ?? 0, maxLength: Math.min(s.maxItems ?? 5, 5) });
      }
      case 'object': return objectOf(s, flavor, depth);
      default: return fc.jsonValue({ maxDepth: 2 });
    }
  });
  if (options.length === 0) return s.properties ? objectOf(s, flavor, depth) : fc.jsonValue({ maxDepth: 2 });
  return options.length === 1 && options[0] ? options[0] : fc.oneof(...options);
}
