import type { Cite } from '../common/citation';
import { text, type LocalizedText } from '../common/localized-text';
import type { Checked, RuleViolation } from '../common/rule-violation';
import { periodText } from '../parameters/period-text';
import type { Period } from '../parameters/period';

type Details = RuleViolation['details'];

export const violation = (code: string, cite: Cite, t: LocalizedText, details?: Details): RuleViolation => ({
  code,
  cite,
  text: t,
  ...(details ? { details } : {}),
});

/**
 * A refusal the steps raise with a fixed text: stated once, raised under whichever paragraph refuses,
 * with the facts that decided it (typed where it has them).
 */
export function refusal(code: string, t: LocalizedText): (cite: Cite) => RuleViolation;
export function refusal<D extends Details>(code: string, t: LocalizedText): (cite: Cite, details: D) => RuleViolation;
export function refusal(code: string, t: LocalizedText) {
  return (cite: Cite, details?: Details): RuleViolation => violation(code, cite, t, details);
}

/**
 * A refusal whose text states a period in force on the case (a notice period, an extension limit):
 * the words of each language come from the period, so an amendment cannot leave a stale number.
 */
export const periodRefusal =
  <D extends NonNullable<Details>>(code: string, words: (n: LocalizedText, details: D) => LocalizedText) =>
  (cite: Cite, period: Period, details: D): RuleViolation =>
    violation(code, cite, words(periodText(period), details), details);

export const reject = <T>(...violations: RuleViolation[]): Checked<T> => ({ ok: false, violations });

export const illegalTransition = (cite: Cite, details: Details): RuleViolation =>
  violation(
    'CASE.ILLEGAL_TRANSITION',
    cite,
    text(
      'Істің осы күйінде бұл әрекетке жол берілмейді',
      'В текущем состоянии дела это действие не допускается',
      'This step is not allowed in the current state of the case',
    ),
    details,
  );

export const wrongActor = (cite: Cite, details: Details): RuleViolation =>
  violation(
    'CASE.WRONG_ACTOR',
    cite,
    text(
      'Бұл әрекетті осы тармақта аталған тарап қана жасайды',
      'Это действие совершает только сторона, указанная в данном пункте',
      'Only the party this paragraph names may take this step',
    ),
    details,
  );
