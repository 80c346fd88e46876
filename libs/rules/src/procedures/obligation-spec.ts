import type { Cite, RuleSet } from '../common/citation';
import type { DatedParameter } from '../common/dated-parameter';
import type { LegalDate } from '../common/legal-date';
import type { LocalizedText } from '../common/localized-text';
import { valueAt } from '../common/dated-parameter';
import { computeDue } from '../deadlines/compute-due';
import { describeBasis } from '../deadlines/legal-basis';
import type { Obligation } from '../deadlines/obligation';
import type { PartyRole } from '../deadlines/party-role';
import type { DeadlineStep } from '../deadlines/deadline-step';
import type { Edition } from '../parameters/editions';
import type { Period } from '../parameters/period';
import { recordedPeriod, required, type CaseState } from './case-state';
import type { ProcedureContext } from './procedure-context';

/** How a paragraph's period becomes an obligation. */
export interface ObligationSpec {
  readonly ruleSet: RuleSet;
  readonly step: DeadlineStep;
  readonly actor: PartyRole;
  readonly action: string;
  readonly parameter: DatedParameter<Period>;
  /** What must be done, with the period of the latest edition (for documentation). */
  readonly text: LocalizedText;
  /** The same text for the period in force on a case, where the sentence states the number. */
  readonly describe?: (period: Period) => LocalizedText;
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
  countsFromReceipt = false,
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
    ...(countsFromReceipt ? { countsFromReceipt: true as const } : {}),
    period,
    cite: spec.parameter.cite,
    text: spec.describe?.(period) ?? spec.text,
    openedOn,
    ...(override ? { override } : {}),
  };
}

/**
 * The obligation of a period the law counts from receipt (of a proposal, an agreement, an approval, a
 * copy of a document): from the day the acting party declares the other side received it, `on` by
 * default, until the owing party's own receipt says otherwise (`startOnReceipt`).
 */
export function openOnReceipt(spec: ObligationSpec, e: { readonly on: LegalDate; readonly receivedOn?: LegalDate }, state: CaseState, ctx: ProcedureContext): Obligation {
  const from = e.receivedOn ?? e.on;
  return openObligation(spec, from, state, ctx, from, true);
}

/** One value of a paragraph's period: the edition that set it and the period. */
export interface EditionValue {
  readonly edition: Edition;
  readonly period: Period;
}

export interface DeadlineDefinition {
  readonly ruleSet: RuleSet;
  readonly step: DeadlineStep;
  readonly cite: Cite;
  /** A short name for listings, e.g. "R3 receiver decides on the proposal". */
  readonly name: string;
  readonly actor: PartyRole;
  readonly action: string;
  /** Ascending by edition; an amendment appends, it never edits a value (README "new edition"). */
  readonly values: readonly EditionValue[];
  /** What must be done, built around the period's words (`periodText`). */
  readonly text: (period: Period) => LocalizedText;
  readonly counting?: 'after' | 'before';
  readonly repeatable?: boolean;
}

/**
 * A paragraph's period with its numbers, as the paragraph file states it: the dated parameter and
 * the obligation it opens in one place. `text` is rendered with the period in force on each case.
 */
export function deadline(def: DeadlineDefinition): ObligationSpec {
  const parameter: DatedParameter<Period> = {
    name: def.name,
    cite: def.cite,
    values: def.values.map((v) => ({ from: v.edition.from, value: v.period, source: v.edition.source })),
  };
  const latest = def.values[def.values.length - 1];
  if (!latest) throw new Error(`${def.cite} ${def.step}: a period needs at least one value`);
  return {
    ruleSet: def.ruleSet,
    step: def.step,
    actor: def.actor,
    action: def.action,
    parameter,
    text: def.text(latest.period),
    describe: def.text,
    ...(def.counting ? { counting: def.counting } : {}),
    ...(def.repeatable ? { repeatable: def.repeatable } : {}),
  };
}
