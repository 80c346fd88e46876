import { verifyCaseLog } from '../../event-log/verify-case-log';
import type { CaseContext } from '../shared/case-context';
import { loadCaseFor } from '../shared/load-case';
import type { AuditExport } from './audit-export.schema';

/** The case's signed chain as this service holds it, with the service's own verdict on it. */
export async function exportAudit(ctx: CaseContext, agencyId: string, caseId: string): Promise<AuditExport> {
  const { aggregate } = await loadCaseFor(ctx, caseId, agencyId);
  const v = aggregate.state;
  return {
    format: 'sx-audit-chain/1',
    caseId: v.caseId,
    ruleSet: v.ruleSet,
    parties: v.parties,
    exportedBy: ctx.service,
    exportedAt: ctx.clock().toISOString(),
    records: v.events,
    verification: verifyCaseLog(v.events, v.parties, ctx.keys.publicKeys),
  };
}
