import type { Schema } from '@cfworker/json-schema';

export type { Schema };

/** The parts of an OpenAPI document the form reads. */
export interface OpenApiDoc {
  readonly paths?: Readonly<Record<string, { post?: { requestBody?: { content?: Readonly<Record<string, { schema?: Schema }>> } } }>>;
  readonly components?: Readonly<Record<string, unknown>>;
}

/**
 * The JSON request schema of `POST path`, with the document's components beside it: the body refers
 * to shared ones (`#/components/schemas/CandidateRecord`), which resolve within the returned schema.
 */
export function requestSchemaOf(doc: OpenApiDoc, path: string): Schema | undefined {
  const body = doc.paths?.[path]?.post?.requestBody?.content?.['application/json']?.schema;
  return body ? ({ ...body, components: doc.components } as Schema) : undefined;
}
