import { z } from 'zod';
import { defineRoute } from '@sx/http-kit';
import { TAGS } from '../../http/common.schemas';
import type { CaseContext } from '../shared/case-context';
import { fileNotFound } from '../shared/case-errors';
import { loadCaseFor } from '../shared/load-case';

const ParamsSchema = z.object({ caseId: z.string().min(1).max(128), sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict();

export const downloadDocumentRoute = (ctx: CaseContext) =>
  defineRoute({
    method: 'get',
    path: '/cases/:caseId/documents/:sha256',
    summary: 'Download a document of the case by its SHA-256',
    tags: TAGS.cases,
    auth: true,
    request: { params: ParamsSchema },
    responses: { 200: z.object({ sha256: z.string(), fileName: z.string(), contentType: z.string(), contentBase64: z.string() }) },
    errors: [404],
    handler: async ({ agency, params }) => {
      const { aggregate } = await loadCaseFor(ctx, params.caseId, agency.agencyId);
      const doc = Object.values(aggregate.state.documents).find((d) => d.sha256 === params.sha256);
      const content = doc ? await ctx.files.get(doc.sha256) : null;
      if (!doc || !content) throw fileNotFound(params.sha256);
      return { status: 200, body: { sha256: doc.sha256, fileName: doc.fileName, contentType: doc.contentType, contentBase64: content.toString('base64') } };
    },
  });
