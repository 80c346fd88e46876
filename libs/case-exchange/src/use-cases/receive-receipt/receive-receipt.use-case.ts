import type { Envelope, StepReceipt } from '@sx/contracts';
import { verifyReceipt } from '../../receipts/step-receipt';
import type { CaseContext } from '../../context/case-context';
import { countFromReceipt } from './count-from-receipt';
import { messageRefused } from '../shared/message-refusals';

/**
 * A party's receipt for a step this service took (or, when it moved a period, for any step of a case
 * this service is party to). Kept when it is that party's signed word (its
 * service's key) sent by that party; otherwise dead-lettered as RECEIPT.NOT_BOUND or with its
 * signature's code. Whether it is about the very record this service holds at that step is checked
 * where receipts are read (`caseReceipts`), which spares every receipt a read of its case: a service
 * can sign only its own receipts, so a wrong one spoils nothing but its own.
 */
export async function receiveReceipt(ctx: CaseContext, envelope: Envelope<StepReceipt>): Promise<'kept'> {
  const receipt = envelope.payload;
  const refuse = (code: string, message: string): never => {
    throw messageRefused(code, `receipt for step ${receipt.seq} of case ${receipt.caseId}: ${message}`);
  };
  if (receipt.caseId !== envelope.caseId || receipt.service !== envelope.fromService || receipt.agencyId !== envelope.fromAgency) refuse('RECEIPT.NOT_BOUND', 'it names another case or party than its envelope');
  const signed = verifyReceipt(receipt, ctx.keys.publicKeys);
  if (!signed.ok) refuse(signed.code, signed.message);
  await ctx.receipts.add(receipt);
  ctx.receiptWatch?.settle(receipt.caseId, receipt.seq, receipt.service);
  await countFromReceipt(ctx, receipt);
  return 'kept';
}
