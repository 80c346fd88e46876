import type { RuleSet } from '../common/citation';
import type { DatedParameter } from '../common/dated-parameter';
import type { LegalDate } from '../common/legal-date';
import type { LocalizedText } from '../common/localized-text';
import { valueAt } from '../common/dated-parameter';
import { computeDue } from '../deadlines/compute-due';
import { describeBasis } from '../deadlines/legal-basis';
import type { Obligation } from '../deadlines/obligation';
import type { PartyRole } from '../deadlines/party-role';
import { deadlineParameter, type DeadlineStep } from '../parameters/deadlines.parameters';
import type { Period } from '../parameters/period';
import { recordedPeriod, required, type CaseState } from './case-state';
import type { ProcedureContext } from './transition';

/** How a paragraph's period becomes an obligation. */
export interface ObligationSpec {
  readonly ruleSet: RuleSet;
  readonly step: DeadlineStep;
  readonly actor: PartyRole;
  readonly action: string;
  readonly parameter: DatedParameter<Period>;
  readonly text: LocalizedText;
  /** `before`: "at least N working days before" the date given (the release notice). */
  readonly counting?: 'after' | 'before';
  /** A step that can recur within a case (a disciplinary offence) gets the date in its id. */
  readonly repeatable?: boolean;
}

/** The id of a step's obligation; a repeatable step adds the date its period runs from. */
export const stepId = (spec: ObligationSpec): string => `${spec.ruleSet}.${spec.step}`;
export const obligationId = (spec: ObligationSpec, from: LegalDate): string =>
  spec.repeatable === true ? `${stepId(spec)}:${from}` : stepId(spec);

/**
 * The obligation `spec` creates when its period starts from (or, for `before`, ends at) `from`. The
 * edition is the case's `asOf`; a recorded override with its legal basis replaces the standard value.
 */
export function openObligation(
  spec: ObligationSpec,
  from: LegalDate,
  state: CaseState,
  ctx: ProcedureContext,
  openedOn: LegalDate = from,
): Obligation {
  const recorded = recordedPeriod(state, spec.step);
  const override = recorded ? { basis: describeBasis(recorded.override.basis), value: recorded.period } : undefined;
  const period = override?.value ?? valueAt(spec.parameter, required(state, 'asOf'));
  const counting = spec.counting ?? 'after';
  return {
    id: obligationId(spec, from),
    step: spec.step,
    actor: spec.actor,
    action: spec.action,
    ...computeDue(from, period, counting, ctx.calendar),
    counting,
    countsFrom: from,
    period,
    cite: spec.parameter.cite,
    text: spec.text,
    openedOn,
    ...(override ? { override } : {}),
  };
}

/** The spec of a step whose period the rule set's parameters hold; a missing one is a coding error. */
export function stepSpec(
  ruleSet: RuleSet,
  step: DeadlineStep,
  actor: PartyRole,
  action: string,
  text: LocalizedText,
  options: Pick<ObligationSpec, 'counting' | 'repeatable'> = {},
): ObligationSpec {
  const parameter = deadlineParameter(ruleSet, step);
  if (!parameter) throw new Error(`${ruleSet} sets no period for ${step}`);
  return { ruleSet, step, actor, action, parameter, text, ...options };
}
