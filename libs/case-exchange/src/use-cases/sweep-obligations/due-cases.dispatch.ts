import type { Envelope } from '@sx/contracts';
import { createEnvelope } from '@sx/contracts';
import type { CaseContext } from '../../context/case-context';
import { DUE_CASES_PER_MESSAGE, ObligationsDueNotice, type ObligationsDuePayload } from './obligations-due.message';
import { sweepDueCases, type DueCases } from './sweep-due-cases';
import type { DueCasesDispatch } from './sweep-obligations.use-case';

/** The agency a service's notes to itself are addressed from and to (an envelope names one). */
function ownAgency(ctx: CaseContext): string {
  const first = ctx.agencies.servedBy(ctx.service)[0];
  if (!first) throw new Error(`no agency acts through ${ctx.service}`);
  return first.id;
}

/** The cases in messages of at most DUE_CASES_PER_MESSAGE, addressed to this service's own inbox. */
export function dueCaseMessages(ctx: CaseContext, cases: DueCases): Envelope[] {
  const agency = ownAgency(ctx);
  const all = [...cases].map(([caseId, marks]) => ({ caseId, attention: marks.map(({ key, due, rev }) => ({ key, due, ...(rev !== undefined ? { rev } : {}) })) }));
  const messages: Envelope[] = [];
  for (let i = 0; i < all.length; i += DUE_CASES_PER_MESSAGE) {
    const batch = all.slice(i, i + DUE_CASES_PER_MESSAGE);
    messages.push(createEnvelope(ObligationsDueNotice, {
      // An envelope names one case: the batch's first; the payload names them all.
      caseId: (batch[0] as { caseId: string }).caseId,
      fromAgency: agency, toAgency: agency, fromService: ctx.service, toService: ctx.service,
      causationId: null,
      payload: { cases: batch },
    }));
  }
  return messages;
}

/** Hands a pass's cases to the service's workers: every message confirmed by the broker before the pass counts as done. */
export const dispatchToWorkers = (ctx: CaseContext, publishAll: (envelopes: readonly Envelope[]) => Promise<void>): DueCasesDispatch =>
  (cases) => publishAll(dueCaseMessages(ctx, cases));

/** The inbox's handler of due-case messages: the sweep worker (the consumer checked the payload against the catalog). */
export const dueCasesWorker =
  (ctx: CaseContext) =>
  async (envelope: Envelope<ObligationsDuePayload>): Promise<void> => {
    const { cases } = envelope.payload;
    const changed = await sweepDueCases(ctx, new Map(cases.map((c) => [c.caseId, c.attention.map((m) => ({ caseId: c.caseId, ...m }))])));
    ctx.logger.info({ cases: cases.length, changed }, 'due obligations swept');
  };
