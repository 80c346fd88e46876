import type { Cite } from '../common/citation';
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

export interface Condition {
  readonly cite: Cite;
  readonly code: EligibilityCode;
  readonly predicate: Predicate;
  readonly text: ConditionText;
  /** Exceptions (R2 §11(1), §11(5)) replace a condition for some candidates; others skip it. */
  readonly appliesTo: (candidate: Candidate) => boolean;
}

const everyone = (): boolean => true;

export function condition(
  cite: Cite,
  code: EligibilityCode,
  predicate: Predicate,
  text: ConditionText,
  appliesTo: (candidate: Candidate) => boolean = everyone,
): Condition {
  return { cite, code, predicate, text, appliesTo };
}

/** Every failed condition, in the order of the law: the sender must see all of them at once. */
export function checkAll(conditions: readonly Condition[], candidate: Candidate, ctx: EligibilityContext): RuleViolation[] {
  const failures: RuleViolation[] = [];
  for (const c of conditions) {
    if (!c.appliesTo(candidate)) continue;
    const outcome = c.predicate(candidate, ctx);
    const met = typeof outcome === 'boolean' ? outcome : outcome.met;
    if (met) continue;
    const text = typeof c.text === 'function' ? c.text(ctx) : c.text;
    const details = typeof outcome === 'boolean' ? undefined : outcome.details;
    failures.push(details ? { code: c.code, cite: c.cite, text, details } : { code: c.code, cite: c.cite, text });
  }
  return failures;
}
