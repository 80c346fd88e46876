import type { Cite } from '../common/citation';
import type { LegalDate } from '../common/legal-date';
import { text } from '../common/localized-text';
import { RuleError, type Checked, type RuleViolation } from '../common/rule-violation';
import type { Obligation } from '../deadlines/obligation';
import type { PartyRole } from '../deadlines/party-role';
import type { CaseState } from '../procedures/case-state';
import { TERMINAL_STATUSES, type CaseStatus } from '../procedures/case-status';
import { CaseEventSchema, type CaseEvent, type CaseEventType } from '../procedures/events.schema';
import type { MessageIntent } from '../procedures/message-intent';
import { procedureOf } from './registry';
import type { ProcedureContext, StepOutcome, TransitionRule } from '../procedures/transition';
import { illegalTransition, violation, wrongActor } from '../procedures/violations';

/** One line of the case's history: what happened, under which paragraph, and what it did to the deadlines. */
export interface HistoryEntry {
  readonly on: LegalDate;
  readonly event: CaseEventType;
  readonly actor: PartyRole;
  readonly from: CaseStatus;
  readonly to: CaseStatus;
  readonly cite: Cite;
  readonly obligationsOpened: readonly string[];
  readonly obligationsClosed: readonly string[];
  /** Obligations this step fulfilled after their due date. */
  readonly late: readonly string[];
}

export type ApplyResult =
  | {
      readonly ok: true;
      readonly state: CaseState;
      readonly emits: readonly MessageIntent[];
      readonly obligationsOpened: readonly Obligation[];
      readonly obligationsClosed: readonly Obligation[];
      readonly history: HistoryEntry;
    }
  | { readonly ok: false; readonly violations: readonly RuleViolation[] };

const invalidEvent = (cite: Cite, message: string): RuleViolation =>
  violation('CASE.INVALID_EVENT', cite, text('Оқиға деректері дұрыс емес', 'Неверные данные события', 'The event data are invalid'), {
    message,
  });

/**
 * A case is a sequence of acts: each one answers or follows the one before, so none is dated before
 * the previous step (a decision cannot precede the letter it decides on). Checked here, not only by
 * the services, so every caller of `apply` gets the same answer.
 */
const beforeLastStep = (cite: Cite, on: LegalDate, last: LegalDate): RuleViolation =>
  violation(
    'CASE.DATE_BEFORE_LAST_STEP',
    cite,
    text('Әрекет күні алдыңғы қадамнан ерте болмауы тиіс', 'Дата действия не может быть раньше предыдущего шага', 'The date of an act cannot precede the previous step'),
    { on, last },
  );

/**
 * Applies one event to a case: checks that this procedure accepts it in this state from this actor,
 * lets the paragraph's rule decide, then updates the open obligations. Pure: same input, same output.
 */
export function apply(state: CaseState, event: CaseEvent, ctx: ProcedureContext = {}): ApplyResult {
  const procedureCite: Cite = `SPEC Procedure ${state.ruleSet}`;
  const parsed = CaseEventSchema.safeParse(event);
  if (!parsed.success) return { ok: false, violations: [invalidEvent(procedureCite, parsed.error.message)] };
  const e = parsed.data;
  const details = { event: e.type, status: state.status, actor: e.actor };
  const rule = procedureOf(state.ruleSet).transitions[e.type] as unknown as TransitionRule | undefined;
  if (!rule) return { ok: false, violations: [illegalTransition(procedureCite, details)] };

  if (state.lastStepOn !== undefined && e.on < state.lastStepOn) {
    return { ok: false, violations: [beforeLastStep(procedureCite, e.on, state.lastStepOn)] };
  }
  const violations: RuleViolation[] = [];
  if (!rule.from.includes(state.status)) violations.push(illegalTransition(rule.cite, details));
  if (!rule.actors.includes(e.actor)) violations.push(wrongActor(rule.cite, { ...details, allowed: rule.actors.join(', ') }));
  if (violations.length > 0) return { ok: false, violations };

  const outcome = handleChecked(rule, state, e, ctx);
  if (!outcome.ok) return outcome;
  return settle(state, e, rule, outcome.value);
}

/** A calendar that cannot answer (a year not loaded) is a refusal with its citation, not a crash. */
function handleChecked(rule: TransitionRule, state: CaseState, e: CaseEvent, ctx: ProcedureContext): Checked<StepOutcome> {
  try {
    return rule.handle(state, e, ctx);
  } catch (error) {
    if (error instanceof RuleError) return { ok: false, violations: error.violations };
    throw error;
  }
}

function settle(before: CaseState, e: CaseEvent, rule: TransitionRule, out: StepOutcome): ApplyResult {
  const obligations: Record<string, Obligation> = { ...before.obligations };
  const closed: Obligation[] = [];
  const closeOne = (id: string): void => {
    const o = obligations[id];
    if (!o) return;
    closed.push(o);
    delete obligations[id];
  };
  for (const id of out.close ?? []) closeOne(id);
  const late = closed.filter((o) => o.due !== null && e.on > o.due).map((o) => o.id);
  const opened = out.open ?? [];
  for (const o of opened) obligations[o.id] = o;
  // A case that has ended owes nothing more; what was still open is closed, not fulfilled.
  if (TERMINAL_STATUSES.includes(out.state.status)) for (const id of Object.keys(obligations)) closeOne(id);

  const state: CaseState = { ...out.state, obligations, lastStepOn: e.on };
  return {
    ok: true,
    state,
    emits: out.emits ?? [],
    obligationsOpened: opened,
    obligationsClosed: closed,
    history: {
      on: e.on,
      event: e.type,
      actor: e.actor,
      from: before.status,
      to: state.status,
      cite: rule.cite,
      obligationsOpened: opened.map((o) => o.id),
      obligationsClosed: closed.map((o) => o.id),
      late,
    },
  };
}
