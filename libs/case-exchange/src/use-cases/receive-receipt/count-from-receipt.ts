import type { StepReceipt } from '@sx/contracts';
import { startOnOwnReceipt } from '../../case-view/start-on-receipt';
import { changeCase } from '../../event-log/change-case';
import type { CaseContext } from '../../context/case-context';

/** Not a refusal: the step the receipt is about has not reached this copy yet, so the receipt is retried later. */
export class ReceiptAheadOfStep extends Error {
  readonly code = 'RECEIPT.AHEAD_OF_STEP';
  constructor(receipt: StepReceipt) {
    super(`receipt for step ${receipt.seq} of case ${receipt.caseId} arrived before the step`);
  }
}

/** How far ahead of this service's clock a receipt may be dated (clock skew between agencies' servers). */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * A party's receipt starts, on this copy too, the periods that party owes from the step (the law
 * counts them from its receipt: R3 §13 and the like), so every copy shows and sweeps the same due
 * date. Nearly every receipt moves nothing (received the day its step was taken): decided on the
 * head this process holds, that costs no read.
 */
export async function countFromReceipt(ctx: CaseContext, receipt: StepReceipt): Promise<void> {
  if (Date.parse(receipt.receivedAt) > ctx.clock().getTime() + CLOCK_SKEW_MS) {
    ctx.logger.warn({ caseId: receipt.caseId, seq: receipt.seq, service: receipt.service, receivedAt: receipt.receivedAt }, 'receipt dated in the future: no period counted from it');
    return;
  }
  const cached = ctx.cases.cachedHead(receipt.caseId);
  if (cached && cached.state.events.length >= receipt.seq && startOnOwnReceipt(cached.state, receipt, ctx.calendar) === null) return;
  const result = await changeCase(
    ctx,
    receipt.caseId,
    (current) => {
      // A receipt sent to every party can overtake the step itself (another party's message): it
      // comes back through the consumer's retry tiers once this copy may hold the step.
      if (current && current.state.events.length < receipt.seq) throw new ReceiptAheadOfStep(receipt);
      const started = current ? startOnOwnReceipt(current.state, receipt, ctx.calendar) : null;
      return started ? [{ state: started.view, history: [started.history] }] : null;
    },
    { onConcurrentStep: 'decide-again' },
  );
  if (result.outcome === 'committed') ctx.logger.info({ caseId: receipt.caseId, seq: receipt.seq, receivedBy: receipt.agencyId, receivedOn: receipt.receivedOn }, 'period counted from the receiving party’s receipt');
}
