import type { OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';

type Document = ReturnType<OpenApiGeneratorV31['generateDocument']>;
type Operation = { responses?: Record<string, unknown> };
type ResponseObject = Exclude<NonNullable<NonNullable<Document['components']>['responses']>[string], { $ref: string }>;
type ErrorResponse = ResponseObject & { content: { 'application/json': { schema: { $ref: string } } } };

const ERROR_BODY_REF = '#/components/schemas/ErrorBody';
const isErrorResponse = (r: unknown): r is ErrorResponse =>
  typeof r === 'object' && r !== null && (r as { content?: { 'application/json'?: { schema?: { $ref?: string } } } }).content?.['application/json']?.schema?.$ref === ERROR_BODY_REF;

/**
 * Every operation answers its errors with the same body and the same words per status: each error
 * response becomes one `components.responses.Error<status>` the operations refer to, so the document
 * and the generated client say it once. A status whose words differ between operations stays inline.
 */
export function shareErrorResponses(doc: Document): Document {
  const shared: Record<string, ErrorResponse> = {};
  const conflicting = new Set<string>();
  const operations = Object.values(doc.paths ?? {}).flatMap((item) => Object.values(item ?? {}) as Operation[]);
  for (const op of operations) {
    for (const [status, r] of Object.entries(op.responses ?? {})) {
      if (!isErrorResponse(r)) continue;
      const seen = shared[status];
      if (seen && seen.description !== r.description) conflicting.add(status);
      shared[status] ??= r;
    }
  }
  const responses: Record<string, ErrorResponse> = {};
  for (const op of operations) {
    for (const [status, r] of Object.entries(op.responses ?? {})) {
      if (!isErrorResponse(r) || conflicting.has(status) || !op.responses) continue;
      responses[`Error${status}`] = shared[status] ?? r;
      op.responses[status] = { $ref: `#/components/responses/Error${status}` };
    }
  }
  return { ...doc, components: { ...doc.components, responses: { ...doc.components?.responses, ...responses } } };
}
