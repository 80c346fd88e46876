import type { Cite } from '../common/citation';
import type { Checked } from '../common/rule-violation';
import type { Obligation } from '../deadlines/obligation';
import type { CaseState } from './case-state';
import type { CaseStatus } from './case-status';
import type { CaseEventType, EventOf } from './events.schema';
import type { MessageIntent } from './message-intent';
import { stepId, type ObligationSpec } from './obligation-spec';
import type { StepConfig } from './steps/step-config';
import type { ProcedureContext, StepOutcome, TransitionRule } from './transition';

/** What a step's own logic decides; the builder adds the standard message to the parties told. */
export interface StepChange {
  readonly state: CaseState;
  readonly open?: readonly Obligation[];
  readonly close?: readonly string[];
  /** The paragraph the message cites when it is not the step's own (an override cites its clause). */
  readonly messageCite?: Cite;
}

export interface StepShape<T extends CaseEventType> {
  readonly event: T;
  readonly from: readonly CaseStatus[];
  readonly to: readonly CaseStatus[];
  readonly opens?: readonly ObligationSpec[];
  readonly decide: (state: CaseState, event: EventOf<T>, ctx: ProcedureContext) => Checked<StepChange>;
}

/**
 * One transition of a procedure: the paragraph (`para`: rule set, cite, who acts, what it does,
 * who is told) and the step's shape and logic. The builder supplies what every transition repeats:
 * the actors, citation and text, and one message of the event's type to the parties the paragraph
 * names (never to the actor itself).
 */
export function transition<T extends CaseEventType>(para: StepConfig, shape: StepShape<T>): TransitionRule<T> {
  return {
    event: shape.event,
    from: shape.from,
    to: shape.to,
    actors: para.actors,
    cite: para.cite,
    text: para.text,
    notify: para.notify,
    ...(shape.opens ? { opens: shape.opens } : {}),
    handle: (state, e, ctx): Checked<StepOutcome> => {
      const decided = shape.decide(state, e, ctx);
      if (!decided.ok) return decided;
      const { messageCite, ...change } = decided.value;
      return { ok: true, value: { ...change, emits: messagesOf(para, e, messageCite ?? para.cite) } };
    },
  };
}

/** A step that decides nothing: it moves the case on and fulfils the obligation it answers, if the paragraph sets one. */
export interface MoveOn<T extends CaseEventType> {
  readonly event: T;
  readonly from: readonly CaseStatus[];
  readonly to: CaseStatus;
  readonly fulfils?: ObligationSpec;
}

export function moveOn<T extends CaseEventType>(para: StepConfig, { event, from, to, fulfils }: MoveOn<T>): TransitionRule<T> {
  return transition(para, {
    event,
    from,
    to: [to],
    decide: (state) => ({ ok: true, value: { state: { ...state, status: to }, ...(fulfils ? { close: [stepId(fulfils)] } : {}) } }),
  });
}

function messagesOf(para: StepConfig, e: EventOf<CaseEventType>, cite: Cite): MessageIntent[] {
  const to = para.notify.filter((role) => role !== e.actor);
  return to.length > 0 ? [{ type: e.type, to, cite, event: e }] : [];
}
