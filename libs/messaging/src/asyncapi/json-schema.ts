import { z } from 'zod';

/**
 * The JSON Schema of a zod schema as AsyncAPI's default schema format takes it (draft-07, no
 * `$schema` key), from the same schemas that check the messages at runtime.
 */
export function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const json = JSON.parse(JSON.stringify(z.toJSONSchema(schema, { target: 'draft-7', io: 'input', unrepresentable: 'any' }))) as Record<string, unknown>;
  delete json['$schema'];
  return json;
}
