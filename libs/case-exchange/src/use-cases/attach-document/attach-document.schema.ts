import { z } from 'zod';
import { DOCUMENT_KINDS } from '@sx/rules';

export const AttachDocumentParamsSchema = z.object({ caseId: z.string().min(1).max(128), kind: z.enum(DOCUMENT_KINDS) }).strict();
export const AttachDocumentBodySchema = z
  .object({
    fileName: z.string().trim().min(1).max(255),
    contentType: z.string().trim().min(1).max(100).default('application/pdf'),
    contentBase64: z.string().min(1).regex(/^[A-Za-z0-9+/]+={0,2}$/, 'expected base64'),
  })
  .strict();
export type AttachDocumentBody = z.infer<typeof AttachDocumentBodySchema>;
