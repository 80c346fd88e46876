import type { Cite } from '../common/citation';
import { text, type LocalizedText } from '../common/localized-text';
import type { Checked, RuleViolation } from '../common/rule-violation';

type Details = RuleViolation['details'];

export const violation = (code: string, cite: Cite, t: LocalizedText, details?: Details): RuleViolation => ({
  code,
  cite,
  text: t,
  ...(details ? { details } : {}),
});

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
