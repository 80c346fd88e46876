// R3 §2 — what it prescribes: these rules do not cover seconding military servicemen or employees of
// law-enforcement and special state bodies, nor seconding into such positions.
import { text } from '../common/localized-text';
import type { RuleViolation } from '../common/rule-violation';
import { APPLICABILITY_CODES } from '../applicability/applicability-codes';
import type { ApplicabilityFacts } from '../applicability/applicability-facts';

// R3 §2 — R3 does not apply (1) to military servicemen and employees of law-enforcement and
// special state bodies, nor (2) to secondment of civil servants into such positions. Both are
// reported when both hold.
export function checkR3Applicability(facts: ApplicabilityFacts): RuleViolation[] {
  const violations: RuleViolation[] = [];
  if (facts.candidateMilitaryLawEnforcementOrSpecial)
    violations.push({
      code: APPLICABILITY_CODES.MILITARY_SERVANT_EXCLUDED,
      cite: 'R3 §2(1)',
      text: text(
        'Бұл Қағидалар әскери қызметшілерге және құқық қорғау, арнаулы мемлекеттік орган қызметкерлеріне қолданылмайды',
        'Правила не распространяются на военнослужащих, сотрудников правоохранительных и специальных государственных органов',
        'R3 does not apply to military servicemen or to employees of law-enforcement and special state bodies',
      ),
    });
  if (facts.targetPositionMilitaryLawEnforcementOrSpecial)
    violations.push({
      code: APPLICABILITY_CODES.MILITARY_POSITION_EXCLUDED,
      cite: 'R3 §2(2)',
      text: text(
        'Мемлекеттік қызметші әскери, құқық қорғау немесе арнаулы мемлекеттік орган лауазымына жіберілсе, бұл Қағидалар қолданылмайды',
        'Правила не распространяются на случаи прикомандирования государственных служащих на должности военнослужащих, сотрудников правоохранительных и специальных государственных органов',
        'R3 does not apply to secondment of civil servants into positions of military servicemen or of law-enforcement and special state body employees',
      ),
    });
  return violations;
}
