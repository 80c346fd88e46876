import type { Cite, RuleSet } from '../common/citation';
import { valueAt } from '../common/dated-parameter';
import type { LegalDate } from '../common/legal-date';
import type { LocalizedText } from '../common/localized-text';
import type { PartyRole } from '../deadlines/party-role';
import type { DeadlineStep } from '../deadlines/deadline-step';
import type { Period } from '../parameters/period';
import { CASE_STATUSES, TERMINAL_STATUSES, type CaseStatus } from '../procedures/case-status';
import type { CaseEventType } from '../procedures/events.schema';
import { stepId } from '../procedures/obligation-spec';
import { procedureOf } from './registry';
import type { TransitionRule } from '../procedures/transition';

/** The documentation shows the edition in force now and later: the latest value of each parameter. */
const LATEST = '9999-12-31' as LegalDate;

/** A transition as documented: the rule without its handler, and the obligations it opens by id. */
export interface TransitionDescription extends Pick<TransitionRule, 'event' | 'from' | 'to' | 'actors' | 'cite' | 'text' | 'notify'> {
  readonly opens: readonly string[];
}

export interface ObligationDescription {
  readonly id: string;
  readonly step: DeadlineStep;
  readonly actor: PartyRole;
  readonly cite: Cite;
  readonly period: Period;
  readonly counting: 'after' | 'before';
  readonly text: LocalizedText;
}

export interface ProcedureDefinition {
  readonly ruleSet: RuleSet;
  /** The states the transitions move between: where a case starts, and where nothing more happens. */
  readonly states: readonly CaseStatus[];
  readonly initial: CaseStatus;
  readonly terminal: readonly CaseStatus[];
  readonly title: LocalizedText;
  readonly transitions: readonly TransitionDescription[];
  readonly obligations: readonly ObligationDescription[];
}

/** What a procedure accepts, from whom and under which paragraph, for generated documentation. */
export function procedureDefinition(ruleSet: RuleSet): ProcedureDefinition {
  const procedure = procedureOf(ruleSet);
  const rules = Object.values(procedure.transitions) as unknown as TransitionRule[];
  // The states this procedure can reach; shared steps (overrides) list states of every procedure.
  const used = new Set<CaseStatus>(['draft']);
  for (const r of rules) for (const s of r.to) used.add(s);
  const obligations = new Map<string, ObligationDescription>();
  for (const spec of rules.flatMap((r) => r.opens ?? [])) {
    obligations.set(stepId(spec), {
      id: stepId(spec),
      step: spec.step,
      actor: spec.actor,
      cite: spec.parameter.cite,
      period: valueAt(spec.parameter, LATEST),
      counting: spec.counting ?? 'after',
      text: spec.text,
    });
  }
  return {
    ruleSet,
    title: procedure.title,
    initial: 'draft',
    states: CASE_STATUSES.filter((s) => used.has(s)),
    terminal: TERMINAL_STATUSES.filter((s) => used.has(s)),
    transitions: rules.map((r) => ({
      event: r.event,
      from: r.from.filter((s) => used.has(s)),
      to: r.to.length > 0 ? r.to : r.from.filter((s) => used.has(s)),
      actors: r.actors,
      cite: r.cite,
      text: r.text,
      notify: r.notify,
      opens: (r.opens ?? []).map(stepId),
    })),
    obligations: [...obligations.values()],
  };
}
