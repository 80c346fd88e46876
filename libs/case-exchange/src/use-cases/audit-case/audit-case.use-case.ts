import { GENESIS_HASH } from '@sx/contracts';
import { signStatement } from '@sx/messaging';
import { verifyCaseLog } from '../../event-log/verify-case-log';
import { caseReceipts } from '../../receipts/case-receipts';
import type { CaseContext } from '../../context/case-context';
import { loadCaseFor } from '../shared/load-case';
import type { AuditExport, AuditHead } from './audit-export.schema';

/** The case's signed chain and receipts as this service holds them, its signed head, and its own verdict. */
export async function exportAudit(ctx: CaseContext, agencyId: string, caseId: string): Promise<AuditExport> {
  const { aggregate } = await loadCaseFor(ctx, caseId, agencyId);
  const v = aggregate.state;
  const exportedAt = ctx.clock().toISOString();
  const head: Omit<AuditHead, 'signature'> = { caseId: v.caseId, lastSeq: v.events.length, lastHash: v.events.at(-1)?.hash ?? GENESIS_HASH, exportedBy: ctx.service, exportedAt };
  return {
    format: 'sx-audit-chain/2',
    caseId: v.caseId,
    ruleSet: v.ruleSet,
    parties: v.parties,
    exportedBy: ctx.service,
    exportedAt,
    head: { ...head, signature: signStatement(head, ctx.keys.signingKey) },
    records: v.events,
    receipts: await caseReceipts(v, ctx.service, ctx.receipts),
    verification: verifyCaseLog(v.events, v.parties, ctx.keys.publicKeys),
  };
}
