import { z } from 'zod';
import { DOCUMENT_KINDS } from '@sx/rules';
import { CaseIdParamsSchema } from '../../http/common.schemas';

export const AttachDocumentParamsSchema = CaseIdParamsSchema.extend({
  kind: z
    .enum(DOCUMENT_KINDS)
    .describe('Which document of the package (R1 §12, R2 §13, R3 §12): the reasoned letter, the nomination for the position, the CV, the service record, or the candidate’s written consent. Uploading a kind again replaces it in the current proposal’s package.'),
}).strict();

// The control characters (\p{Cc}) spelled as ranges: a `u`-flag pattern is not portable JSON Schema.
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const FileNameSchema = z.string().trim().min(1).max(255).regex(/^[^\u0000-\u001f\u007f-\u009f/\\]+$/, 'a file name without control characters or slashes');
export const ContentTypeSchema = z.string().trim().min(1).max(100).regex(/^[\w.+-]+\/[\w.+-]+(;.*)?$/, 'a media type such as application/pdf');

/** Small files may still come as JSON with base64 content; larger ones as the raw body. */
export const AttachDocumentBodySchema = z
  .object({
    fileName: FileNameSchema.describe('The file name, kept and sent with the document (no slashes or control characters).'),
    contentType: ContentTypeSchema.default('application/pdf').describe('The file’s media type; default application/pdf.'),
    contentBase64: z.string().min(1).regex(/^[A-Za-z0-9+/]+={0,2}$/, 'expected base64').describe('The file’s bytes, base64; for larger files send the raw bytes as application/octet-stream instead.'),
  })
  .strict();
export type AttachDocumentBody = z.infer<typeof AttachDocumentBodySchema>;

/** With a raw body the file name comes in the query: `PUT …/documents/cv?fileName=cv.pdf`. */
export const AttachDocumentQuerySchema = z.object({ fileName: FileNameSchema.optional().describe('With a raw application/octet-stream body: the file’s name (no slashes or control characters).') }).strict();

/** The file as the use case takes it, however it arrived. */
export interface DocumentFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly content: Buffer;
}
