// R1 §2 — what it prescribes: these rules do not cover seconding diplomatic service personnel into the
// positions of military servicemen or of employees of law-enforcement and special state bodies.
import { text } from '../common/localized-text';
import type { RuleViolation } from '../common/rule-violation';
import { APPLICABILITY_CODES } from '../applicability/applicability-codes';
import type { ApplicabilityFacts } from '../applicability/applicability-facts';

// R1 §2 — R1 does not apply to secondment of diplomatic service personnel into positions of
// military servicemen or of employees of law-enforcement and special state bodies.
export function checkR1Applicability(facts: ApplicabilityFacts): RuleViolation[] {
  if (!facts.targetPositionMilitaryLawEnforcementOrSpecial) return [];
  return [
    {
      code: APPLICABILITY_CODES.MILITARY_POSITION_EXCLUDED,
      cite: 'R1 §2',
      text: text(
        'Дипломатиялық қызмет персоналы әскери, құқық қорғау немесе арнаулы мемлекеттік орган лауазымына жіберілсе, бұл Қағидалар қолданылмайды',
        'Правила не распространяются на прикомандирование персонала дипломатической службы на должности военнослужащих, сотрудников правоохранительных и специальных государственных органов',
        'R1 does not apply to secondment of diplomatic service personnel into positions of military servicemen or of law-enforcement or special state body employees',
      ),
    },
  ];
}
