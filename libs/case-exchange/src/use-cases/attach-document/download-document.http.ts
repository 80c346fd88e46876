import { z } from 'zod';
import { binaryBody, defineRoute } from '@sx/http-kit';
import { CaseIdParamsSchema, TAGS } from '../../http/common.schemas';
import type { CaseContext } from '../../context/case-context';
import { fileNotFound } from '../shared/case-errors';
import { loadCaseFor } from '../shared/load-case';

const ParamsSchema = CaseIdParamsSchema.extend({
  sha256: z.string().regex(/^[0-9a-f]{64}$/).describe('The document’s SHA-256 (lowercase hex), as `documents[].sha256` of the case shows it.'),
}).strict();

/** RFC 6266: an ASCII fallback plus the UTF-8 name, so Kazakh and Russian file names survive. */
const contentDisposition = (fileName: string): string =>
  `attachment; filename="${fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

export const downloadDocumentRoute = (ctx: CaseContext) =>
  defineRoute({
    method: 'get',
    // Files, not documents/: `documents/{kind}` (upload) and `documents/{sha256}` would be one path template.
    path: '/cases/:caseId/files/:sha256',
    operationId: 'downloadDocument',
    summary: 'Download a document of the case: its bytes, with Content-Type, Content-Disposition and ETag (the SHA-256)',
    tags: TAGS.cases,
    auth: true,
    request: { params: ParamsSchema },
    responses: { 200: binaryBody, 304: null },
    errors: [404],
    handler: async ({ agency, params, req }) => {
      const { aggregate } = await loadCaseFor(ctx, params.caseId, agency.agencyId);
      const doc = Object.values(aggregate.state.documents).find((d) => d.sha256 === params.sha256);
      if (!doc) throw fileNotFound(params.sha256);
      const etag = `"${doc.sha256}"`;
      // Content-addressed: the same ETag is always the same bytes, so a cached copy is never stale.
      const notModified: Record<string, string> = { ETag: etag };
      if (req.get('if-none-match') === etag) return { status: 304, headers: notModified };
      const content = await ctx.files.get(doc.sha256);
      if (!content) throw fileNotFound(params.sha256);
      const headers: Record<string, string> = { 'Content-Type': doc.contentType, 'Content-Disposition': contentDisposition(doc.fileName), ETag: etag };
      return { status: 200, headers, body: content };
    },
  });
