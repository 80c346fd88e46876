import { defineRoute } from '@sx/http-kit';
import { CaseIdParamsSchema, TAGS } from '../../http/common.schemas';
import type { CaseContext } from '../../context/case-context';
import { exportAudit } from './audit-case.use-case';
import { AuditExportSchema } from './audit-export.schema';

export const caseAuditRoute = (ctx: CaseContext) =>
  defineRoute({
    method: 'get',
    path: '/cases/:caseId/audit',
    operationId: 'exportCaseAudit',
    summary: 'The case’s signed audit chain (check it offline with `npm run audit:verify -- <file>`)',
    tags: TAGS.cases,
    auth: true,
    request: { params: CaseIdParamsSchema },
    responses: { 200: AuditExportSchema },
    errors: [404],
    handler: async ({ agency, params }) => ({ status: 200, body: await exportAudit(ctx, agency.agencyId, params.caseId) }),
  });
