import { CaseDocumentSchema } from '@sx/contracts';
import { defineRoute } from '@sx/http-kit';
import { TAGS } from '../../http/common.schemas';
import type { CaseContext } from '../shared/case-context';
import { AttachDocumentBodySchema, AttachDocumentParamsSchema } from './attach-document.schema';
import { attachDocument } from './attach-document.use-case';

export const attachDocumentRoute = (ctx: CaseContext) =>
  defineRoute({
    method: 'put',
    path: '/cases/:caseId/documents/:kind',
    summary: 'Attach a document of the package (R1 §12, R2 §13, R3 §12)',
    tags: TAGS.cases,
    auth: true,
    request: { params: AttachDocumentParamsSchema, body: AttachDocumentBodySchema },
    responses: { 200: CaseDocumentSchema },
    errors: [404, 409, 413],
    handler: async ({ agency, params, body }) => ({ status: 200, body: await attachDocument(ctx, agency.agencyId, params.caseId, params.kind, body) }),
  });
