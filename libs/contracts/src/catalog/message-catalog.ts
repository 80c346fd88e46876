import { z } from 'zod';
import type { ServiceName } from '../common/service-name.schema';
import type { MessageDefinition } from '../messages/message-definition';

export interface CatalogEntry {
  readonly type: string;
  readonly version: number;
  readonly from: readonly ServiceName[];
  readonly to: readonly ServiceName[];
  readonly description: string;
  /** JSON Schema of the payload, for generated docs (AsyncAPI-style listings). */
  readonly payloadJsonSchema: unknown;
}

export interface MessageCatalog {
  get(type: string, version: number): MessageDefinition | undefined;
  /** Every registered type and version, sorted, for documentation. */
  list(): readonly CatalogEntry[];
  /** True if the type exists in some version (distinguishes "unknown type" from "unknown version"). */
  knowsType(type: string): boolean;
}

const keyOf = (type: string, version: number): string => `${type}@v${version}`;

export function createCatalog(definitions: readonly MessageDefinition[]): MessageCatalog {
  const byKey = new Map<string, MessageDefinition>();
  for (const def of definitions) {
    const key = keyOf(def.type, def.version);
    if (byKey.has(key)) throw new Error(`message ${key} is defined twice`);
    byKey.set(key, def);
  }
  const types = new Set(definitions.map((d) => d.type));
  // Converting every payload to JSON Schema took seconds of a service's start-up, three times over
  // (the AsyncAPI document asks more than once): done once, on first use.
  let listed: ReturnType<MessageCatalog['list']> | undefined;
  return {
    get: (type, version) => byKey.get(keyOf(type, version)),
    knowsType: (type) => types.has(type),
    list: () =>
      (listed ??= [...byKey.values()]
        .sort((a, b) => a.type.localeCompare(b.type) || a.version - b.version)
        .map((d) => ({
          type: d.type,
          version: d.version,
          from: d.from,
          to: d.to,
          description: d.description,
          payloadJsonSchema: z.toJSONSchema(d.payload, { unrepresentable: 'any' }),
        }))),
  };
}
