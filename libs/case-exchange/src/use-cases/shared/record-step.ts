import { GENESIS_HASH, type EventRecord } from '@sx/contracts';
import { ViolationsError } from '@sx/http-kit';
import { currentTraceId, sealRecord } from '@sx/messaging';
import { stepTaken } from '@sx/observability';
import type { CaseEvent, PartyRole } from '@sx/rules';
import { advanceCase } from '../../case-view/advance-case';
import { rolesOfAgency } from '../../case-view/parties';
import { takeStep } from '../../event-log/take-step';
import type { CaseRecord } from '../../persistence/case.store';
import { todayOf, type CaseContext } from './case-context';
import { caseNotFound, dateBeforeLastStep, dateInFuture, notAParty, roleNotHeld, stepRefusal } from './case-errors';
import { outgoingMessages } from './outgoing-messages';

/** A rules event without the two fields the service fills in: who acts and on which date. */
export type StepEvent = CaseEvent extends infer E ? (E extends CaseEvent ? Omit<E, 'actor' | 'on'> : never) : never;

/** An act of an agency on a case, before the rules have seen it. */
export interface Step {
  readonly caseId: string;
  readonly agencyId: string;
  /** The role to act in when the agency holds several in the case; otherwise its only role. */
  readonly as?: PartyRole;
  /** The legal date of the act; today (Asia/Almaty) when not given. */
  readonly on?: string;
  readonly event: StepEvent;
  /** The case's seq the agency decided on (If-Match); refused with 412 when another step came since. */
  readonly expectedSeq?: number;
}

/**
 * The one path of every act: check who acts and when, let the rules decide (all violations at once),
 * then append the signed step, with the messages to the parties the rules name, to the case's log.
 */
export async function recordStep(ctx: CaseContext, step: Step): Promise<CaseRecord> {
  const result = await takeStep(
    ctx,
    step.caseId,
    (current) => {
      if (!current) throw caseNotFound(step.caseId);
      const view = current.state;
      const roles = rolesOfAgency(view, step.agencyId, ctx.service);
      if (roles.length === 0) {
        ctx.logger.warn({ caseId: step.caseId, agencyId: step.agencyId, event: step.event.type }, 'agency tried to act on a case where it is not a party');
        throw notAParty(step.caseId);
      }
      const actor = step.as ?? roles[0];
      if (actor === undefined || !roles.includes(actor)) {
        ctx.logger.warn({ caseId: step.caseId, agencyId: step.agencyId, as: step.as, roles }, 'agency tried to act in a role it does not hold');
        throw roleNotHeld(String(step.as));
      }
      const today = todayOf(ctx);
      const on = step.on ?? today;
      if (on > today) throw dateInFuture(on, today);
      const last = view.events.at(-1);
      if (last && on < last.event.on) throw dateBeforeLastStep(on, last.event.on);

      const traceId = currentTraceId();
      const record: EventRecord = {
        seq: view.events.length + 1,
        event: { ...step.event, actor, on } as CaseEvent,
        agencyId: step.agencyId,
        service: ctx.service,
        at: ctx.clock().toISOString(),
        ...(traceId ? { traceId } : {}),
      };
      const sealed = sealRecord(record, last?.hash ?? GENESIS_HASH, ctx.keys.signingKey);
      const advanced = advanceCase(view, sealed, undefined, ctx.calendar);
      if (!advanced.ok) throw new ViolationsError(advanced.violations, 422);
      const messages = outgoingMessages(ctx, view, advanced.view, sealed, advanced.emits);
      const messageId = messages[0]?.messageId;
      return [{ state: advanced.view, step: sealed.seq, messages, history: [messageId ? { ...advanced.history, messageId } : advanced.history] }];
    },
    { onConcurrentStep: 'refuse', ...(step.expectedSeq !== undefined ? { expectedSeq: step.expectedSeq } : {}) },
  ).catch((err: unknown) => {
    throw stepRefusal(err);
  });
  ctx.logger.info({ caseId: step.caseId, event: step.event.type, agencyId: step.agencyId, outcome: result.outcome, seq: result.record?.state.events.length }, 'case step recorded');
  if (!result.record) throw caseNotFound(step.caseId);
  if (result.outcome === 'committed') stepTaken(step.event.type);
  return result.record;
}
