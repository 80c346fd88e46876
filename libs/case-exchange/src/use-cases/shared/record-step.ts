import type { EventRecord } from '@sx/contracts';
import { ViolationsError } from '@sx/http-kit';
import { updateCase, type CaseAggregate } from '@sx/persistence';
import type { CaseEvent, PartyRole } from '@sx/rules';
import { advanceCase } from '../../case-view/advance-case';
import type { CaseView } from '../../case-view/case-view.schema';
import { rolesOfAgency } from '../../case-view/parties';
import type { CaseContext } from './case-context';
import { dateBeforeLastStep, dateInFuture, notAParty, rethrowNotFound, roleNotHeld } from './case-errors';
import { outgoingMessages } from './outgoing-messages';
import { todayOf } from './case-context';

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
}

/**
 * The one path of every act: check who acts and when, let the rules decide (all violations at once),
 * then save the new state, its history and the messages to every other party in one update.
 */
export async function recordStep(ctx: CaseContext, step: Step): Promise<CaseAggregate<CaseView>> {
  const result = await updateCase(ctx.cases, step.caseId, async (current) => {
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
    const last = view.events.at(-1)?.event.on;
    if (last && on < last) throw dateBeforeLastStep(on, last);

    const record: EventRecord = {
      seq: view.events.length + 1,
      event: { ...step.event, actor, on } as CaseEvent,
      agencyId: step.agencyId,
      service: ctx.service,
      at: ctx.clock().toISOString(),
    };
    const advanced = advanceCase(view, record, undefined, ctx.calendar);
    if (!advanced.ok) throw new ViolationsError(advanced.violations, 422);
    const outbox = outgoingMessages(ctx, view, advanced.view, record);
    const messageId = outbox[0]?.messageId;
    return { state: advanced.view, outbox, history: [messageId ? { ...advanced.history, messageId } : advanced.history] };
  }).catch(rethrowNotFound(step.caseId));
  ctx.logger.info({ caseId: step.caseId, event: step.event.type, agencyId: step.agencyId, outcome: result.outcome }, 'case step recorded');
  return result.aggregate;
}
