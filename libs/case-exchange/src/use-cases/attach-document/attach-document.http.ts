import { defineRoute, invalidRequest, issueText, type RawBody, type RequestIssue } from '@sx/http-kit';
import { CaseDocumentComponent } from '../../http/api-components';
import { expectedSeqOf, IfMatchHeaderSchema } from '../../http/case-version';
import { TAGS } from '../../http/common.schemas';
import type { CaseContext } from '../../context/case-context';
import { fileTooLarge } from '../shared/case-errors';
import { AttachDocumentBodySchema, AttachDocumentParamsSchema, AttachDocumentQuerySchema, ContentTypeSchema, type AttachDocumentBody, type DocumentFile } from './attach-document.schema';
import { attachDocument } from './attach-document.use-case';

const FILE_NAME_REQUIRED = {
  kk: 'Файл денемен жіберілгенде fileName сұраныс параметрі қажет',
  ru: 'При передаче файла телом запроса нужен параметр fileName',
  en: 'fileName is required in the query when the file is the request body',
};

function rawFileIssues(raw: RawBody, fileName: string | undefined): RequestIssue[] {
  const issues: RequestIssue[] = [];
  if (!fileName) issues.push({ in: 'query', path: 'fileName', code: 'invalid_type', message: FILE_NAME_REQUIRED.en, text: FILE_NAME_REQUIRED });
  const type = ContentTypeSchema.safeParse(raw.contentType);
  for (const i of type.success ? [] : type.error.issues) issues.push({ in: 'body', path: 'Content-Type', code: i.code, message: i.message, text: issueText(i) });
  return issues;
}

function documentFile(raw: RawBody | undefined, body: AttachDocumentBody | undefined, fileName: string | undefined): DocumentFile {
  if (raw) {
    const issues = rawFileIssues(raw, fileName);
    if (issues.length > 0 || !fileName) throw invalidRequest(issues);
    return { fileName, contentType: raw.contentType.trim(), content: raw.bytes };
  }
  if (!body) throw new Error('attach-document: neither a raw nor a JSON body reached the handler');
  return { fileName: body.fileName, contentType: body.contentType, content: Buffer.from(body.contentBase64, 'base64') };
}

export const attachDocumentRoute = (ctx: CaseContext) =>
  defineRoute({
    method: 'put',
    path: '/cases/:caseId/documents/:kind',
    operationId: 'attachDocument',
    summary: 'Attach a document of the package (R1 §12, R2 §13, R3 §12)',
    description:
      'Send the file as the request body with its Content-Type and `?fileName=` (streamed, up to SX_MAX_FILE_BYTES; ' +
      'an `X-Content-SHA256` header, when sent, is checked), or small files as JSON with `contentBase64`.',
    tags: TAGS.cases,
    auth: true,
    request: {
      params: AttachDocumentParamsSchema,
      query: AttachDocumentQuerySchema,
      headers: IfMatchHeaderSchema,
      body: AttachDocumentBodySchema,
      raw: { maxBytes: ctx.maxFileBytes, tooLarge: (max: number) => fileTooLarge(max) },
    },
    bodyExample: { fileName: 'cv.pdf', contentType: 'application/pdf', contentBase64: 'JVBERi0xLjQKJSDQoNCw0LfQtdC8Cg==' },
    responses: { 200: CaseDocumentComponent },
    errors: [403, 404, 409, 412, 413],
    handler: async ({ actor, params, query, headers, body, raw }) => ({
      status: 200,
      body: await attachDocument(ctx, actor, params.caseId, params.kind, documentFile(raw, body, query.fileName), expectedSeqOf(headers['If-Match'])),
    }),
  });
