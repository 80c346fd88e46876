import type { Cite } from '../common/citation';
import { valueAt, type DatedParameter } from '../common/dated-parameter';
import { violationsOf, type ConditionResult } from '../common/condition-result';
import type { LegalDate } from '../common/legal-date';
import type { LocalizedText } from '../common/localized-text';
import type { RuleViolation } from '../common/rule-violation';
import type { Candidate } from './candidate.schema';
import type { EligibilityCode } from './eligibility-codes';

export interface EligibilityContext {
  readonly asOf: LegalDate;
}

export type ViolationDetails = NonNullable<RuleViolation['details']>;

/** A predicate answers "does the condition hold?", optionally with the facts that decided it. */
export type Outcome = boolean | { readonly met: boolean; readonly details?: ViolationDetails };
export type Predicate = (candidate: Candidate, ctx: EligibilityContext) => Outcome;
/** Texts may quote the numbers in force on `asOf`, so they can depend on the context. */
export type ConditionText = LocalizedText | ((ctx: EligibilityContext) => LocalizedText);

/** A text that quotes one of the law's numbers as in force on `asOf` (the years, the months, the percent). */
export const quoting =
  (param: DatedParameter<number>, words: (n: number) => LocalizedText) =>
  (ctx: EligibilityContext): LocalizedText =>
    words(valueAt(param, ctx.asOf));

/** How a condition reads: what the law requires, and what a check says when it does not hold. */
export interface ConditionWording {
  readonly requires: ConditionText;
  readonly fails: ConditionText;
}

export interface Condition {
  readonly cite: Cite;
  readonly code: EligibilityCode;
  readonly predicate: Predicate;
  readonly wording: ConditionWording;
  /** Exceptions (R2 §11(1), §11(5)) replace a condition for some candidates; others skip it. */
  readonly appliesTo: (candidate: Candidate) => boolean;
}

const everyone = (): boolean => true;

export function condition(
  cite: Cite,
  code: EligibilityCode,
  predicate: Predicate,
  wording: ConditionWording,
  appliesTo: (candidate: Candidate) => boolean = everyone,
): Condition {
  return { cite, code, predicate, wording, appliesTo };
}

const textAt = (t: ConditionText, ctx: EligibilityContext): LocalizedText => (typeof t === 'function' ? t(ctx) : t);

/** What the condition requires, worded for a reader who cannot see the candidate's facts. */
export const requirementOf = (c: Condition, ctx: EligibilityContext): LocalizedText => textAt(c.wording.requires, ctx);

/** Every condition with its verdict on the candidate, in the order of the law. */
export function evaluateAll(conditions: readonly Condition[], candidate: Candidate, ctx: EligibilityContext): ConditionResult[] {
  return conditions.map((c) => {
    const base = { cite: c.cite, code: c.code, requirement: requirementOf(c, ctx) };
    if (!c.appliesTo(candidate)) return { ...base, status: 'notApplicable' };
    const outcome = c.predicate(candidate, ctx);
    const met = typeof outcome === 'boolean' ? outcome : outcome.met;
    if (met) return { ...base, status: 'passed' };
    const text = textAt(c.wording.fails, ctx);
    const details = typeof outcome === 'boolean' ? undefined : outcome.details;
    return { ...base, status: 'failed', violation: details ? { code: c.code, cite: c.cite, text, details } : { code: c.code, cite: c.cite, text } };
  });
}

/** Every failed condition, in the order of the law: the sender must see all of them at once. */
export const checkAll = (conditions: readonly Condition[], candidate: Candidate, ctx: EligibilityContext): RuleViolation[] =>
  violationsOf(evaluateAll(conditions, candidate, ctx));
