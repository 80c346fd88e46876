import type { PublicKeyEntry } from '@sx/messaging';
import { verifyStatement } from '@sx/messaging';
import { ServiceNameSchema } from '@sx/contracts';
import { checkRecordsBound } from '../../case-view/record-binding';
import { verifyCaseLog } from '../../event-log/verify-case-log';
import { verifyReceipt } from '../../receipts/step-receipt';
import type { AuditExport } from './audit-export.schema';

export type AuditCheck = { ok: true } | { ok: false; code: string; seq?: number; message: string };

/**
 * Everything an auditor checks of an export, offline, in order; the first failure is the verdict:
 * the head is the exporting service's signed word for this case and this length; the records run
 * 1…head without a gap and end with the head's hash; every record binds the export's case; the chain
 * links, hashes and signatures hold, each by the party whose role took the step; every receipt is its
 * party's signed word about a record of this chain.
 */
export function verifyAuditExport(audit: AuditExport, publicKeys: readonly PublicKeyEntry[]): AuditCheck {
  const { head, records } = audit;
  if (head.caseId !== audit.caseId) return { ok: false, code: 'AUDIT.RELABELLED', message: `the export says case ${audit.caseId}, its signed head ${head.caseId}` };
  const exporter = ServiceNameSchema.safeParse(head.exportedBy);
  if (!exporter.success) return { ok: false, code: 'AUDIT.HEAD_SIGNATURE', message: `${head.exportedBy} is not a service` };
  const { signature, ...statement } = head;
  const signed = verifyStatement(statement, signature, exporter.data, publicKeys);
  if (!signed.ok) return { ok: false, code: 'AUDIT.HEAD_SIGNATURE', message: `the head: ${signed.message}` };
  const gap = records.findIndex((r, i) => r.seq !== i + 1);
  if (gap >= 0) return { ok: false, code: 'AUDIT.GAP', seq: gap + 1, message: `record ${gap + 1} is missing (found seq ${records[gap]?.seq})` };
  if (records.length !== head.lastSeq) return { ok: false, code: 'AUDIT.TRUNCATED', seq: records.length, message: `the signed head names ${head.lastSeq} records, the export holds ${records.length}` };
  if ((records.at(-1)?.hash ?? head.lastHash) !== head.lastHash) return { ok: false, code: 'AUDIT.TRUNCATED', seq: records.length, message: 'the last record is not the one the signed head names' };
  const bound = checkRecordsBound(audit.caseId, audit.ruleSet, records);
  if (!bound.ok) return bound;
  const chain = verifyCaseLog(records, audit.parties, publicKeys);
  if (!chain.ok) return chain;
  for (const receipt of audit.receipts) {
    const record = records[receipt.seq - 1];
    if (receipt.caseId !== audit.caseId || !record || record.hash !== receipt.recordHash) return { ok: false, code: 'AUDIT.RECEIPT_NOT_BOUND', seq: receipt.seq, message: `the receipt of ${receipt.service} is not about record ${receipt.seq} of this chain` };
    const valid = verifyReceipt(receipt, publicKeys);
    if (!valid.ok) return { ok: false, code: 'AUDIT.RECEIPT_SIGNATURE', seq: receipt.seq, message: `the receipt of ${receipt.service}: ${valid.message}` };
  }
  return { ok: true };
}
