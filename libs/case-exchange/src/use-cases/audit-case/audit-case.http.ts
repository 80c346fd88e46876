import type { CaseContext } from '../../context/case-context';
import { exportAudit } from './audit-case.use-case';
import { AuditExportSchema } from './audit-export.schema';
import { caseReadRoute } from '../../http/case-read-route';

export const caseAuditRoute = (ctx: CaseContext) =>
  caseReadRoute({
    view: 'audit',
    operationId: 'exportCaseAudit',
    summary: 'The case’s signed audit chain (check it offline with `npm run audit:verify -- <file>`)',
    responses: { 200: AuditExportSchema },
    errors: [404],
    handler: async ({ agency, params }) => ({ status: 200, body: await exportAudit(ctx, agency.agencyId, params.caseId) }),
  });
