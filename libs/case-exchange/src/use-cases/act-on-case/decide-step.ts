import { GENESIS_HASH, recordedByOf, refusalOfViolations, type Actor, type EventRecord } from '@sx/contracts';
import { currentTraceId, sealRecord } from '@sx/messaging';
import type { CaseEvent, PartyRole } from '@sx/rules';
import { advanceCase } from '../../case-view/advance-case';
import { authorizeAct } from '../../authorization';
import { rolesOfAgency } from '../../case-view/parties';
import { bindingFor } from '../../case-view/record-binding';
import type { Decision } from '../../event-log/change-case';
import type { CaseRecord } from '../../case-view/case-record';
import { todayOf, type CaseContext } from '../../context/case-context';
import { caseNotFound, dateBeforeLastStep, dateInFuture, notAParty, roleNotHeld } from '../shared/case-errors';
import { outgoingMessages } from '../shared/outgoing-messages';

/** A rules event without the two fields the service fills in: who acts and on which date. */
export type StepEvent = CaseEvent extends infer E ? (E extends CaseEvent ? Omit<E, 'actor' | 'on'> : never) : never;

/** An act of an official or an agency system on a case, before the rules have seen it. */
export interface StepCommand {
  readonly caseId: string;
  readonly actor: Actor;
  /** The role to act in when the agency holds several in the case; otherwise its only role. */
  readonly as?: PartyRole;
  /** The legal date of the act; today (Asia/Almaty) when not given. */
  readonly on?: string;
  readonly event: StepEvent;
  /** The case's seq the caller decided on (If-Match); refused as stale when another step came since. */
  readonly expectedSeq?: number;
}

/**
 * Decides one act: who acts and when, then the rules (all violations at once); the record binds the
 * case, its rules, the candidate and package it is about and the deciding official, and is signed.
 * Pure but for the clock and the signing key: a refusal changes nothing.
 */
export function decideStep(ctx: CaseContext, current: CaseRecord | null, command: StepCommand): Decision {
  if (!current) throw caseNotFound(command.caseId);
  const view = current.state;
  const agencyId = command.actor.agencyId;
  const roles = rolesOfAgency(view, agencyId, ctx.service);
  if (roles.length === 0) {
    ctx.logger.warn({ caseId: command.caseId, agencyId, event: command.event.type }, 'agency tried to act on a case where it is not a party');
    throw notAParty(command.caseId);
  }
  const role = command.as ?? roles[0];
  if (role === undefined || !roles.includes(role)) {
    ctx.logger.warn({ caseId: command.caseId, agencyId, as: command.as, roles }, 'agency tried to act in a role it does not hold');
    throw roleNotHeld(String(command.as));
  }
  // Who may decide: an official needs the signatory role for a decision the law gives to a named official.
  const unauthorized = authorizeAct(command.actor, command.event.type, view.ruleSet, { noSignatoryCheck: ctx.testMutant === 'no-signatory-check' });
  if (unauthorized) throw unauthorized;
  const today = todayOf(ctx);
  const on = command.on ?? today;
  if (on > today) throw dateInFuture(on, today);
  const last = view.events.at(-1);
  if (last && on < last.event.on) throw dateBeforeLastStep(on, last.event.on);

  const traceId = currentTraceId();
  const record: EventRecord = {
    seq: view.events.length + 1,
    ...bindingFor(view, command.event.type),
    event: { ...command.event, actor: role, on } as CaseEvent,
    agencyId,
    service: ctx.service,
    by: recordedByOf(command.actor),
    at: ctx.clock().toISOString(),
    ...(traceId ? { traceId } : {}),
  };
  const sealed = sealRecord(record, last?.hash ?? GENESIS_HASH, ctx.keys.signingKey);
  const advanced = advanceCase(view, sealed, undefined, ctx.calendar);
  if (!advanced.ok) throw refusalOfViolations(advanced.violations);
  const messages = outgoingMessages(ctx, view, advanced.view, sealed, advanced.emits);
  const messageId = messages[0]?.messageId;
  return [{ state: advanced.view, step: sealed.seq, messages, history: [messageId ? { ...advanced.history, messageId } : advanced.history] }];
}
