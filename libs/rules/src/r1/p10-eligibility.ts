// R1 §10 — what it prescribes: only a diplomat who meets all six conditions may be seconded: (1) at
// least three years of civil service in the MFA, (2) no unexpunged disciplinary sanction, (3) not
// acting in a position or standing in for an absent employee, (4) rated "effective" in the MFA for the
// last two years, (5) meets the qualification requirements of the position (RK law, other
// organizations' charters and documents), (6) has consented in writing.
import type { DatedParameter } from '../common/dated-parameter';
import { text } from '../common/localized-text';
import type { RuleViolation } from '../common/rule-violation';
import type { Candidate } from '../eligibility/candidate.schema';
import { checkAll, type Condition, type EligibilityContext } from '../eligibility/condition';
import {
  civilServiceYears,
  meetsQualification,
  noUnexpungedSanctions,
  notActingOrReplacing,
  ratedEffective,
  writtenConsent,
} from '../eligibility/conditions';
import { IN_AUTHORIZED_BODY } from '../eligibility/wording';
import { numberFrom, numberParameter } from '../parameters/dated-number';
import { RESOLUTION_206 } from '../parameters/editions';

// R1 §10's numbers start with No. 206, which set R1 out anew.
export const R1_MIN_SERVICE_YEARS = numberParameter('R1 minimum years of civil service in the MFA', 'R1 §10(1)', [numberFrom(RESOLUTION_206, 3)]);
export const R1_EFFECTIVE_PERFORMANCE_YEARS = numberParameter('R1 years rated "effective"', 'R1 §10(4)', [numberFrom(RESOLUTION_206, 2)]);
/** Every number of R1 §10, in the order of its points. */
export const r1p10Numbers: readonly DatedParameter<number>[] = [R1_MIN_SERVICE_YEARS, R1_EFFECTIVE_PERFORMANCE_YEARS];

// R1 §10 — diplomatic service personnel may be seconded only if all of the following hold.
export const r1p10: readonly Condition[] = [
  civilServiceYears('R1 §10(1)', R1_MIN_SERVICE_YEARS, IN_AUTHORIZED_BODY),
  noUnexpungedSanctions('R1 §10(2)'),
  notActingOrReplacing('R1 §10(3)'),
  ratedEffective('R1 §10(4)', R1_EFFECTIVE_PERFORMANCE_YEARS, IN_AUTHORIZED_BODY),
  meetsQualification(
    'R1 §10(5)',
    text(
      'іссапар лауазымына ҚР заңнамасы мен қабылдаушы ұйымның жарғысы, басқа құжаттары қоятын біліктілік талаптарына',
      'квалификационным требованиям к должности, замещаемой в порядке прикомандирования, предусмотренным законодательством Республики Казахстан, уставными и иными документами иных организаций',
      'the qualification requirements of the position set by RK law and by the charters and other documents of other organizations',
    ),
  ),
  writtenConsent('R1 §10(6)'),
];

export const checkR1Eligibility = (candidate: Candidate, ctx: EligibilityContext): RuleViolation[] =>
  checkAll(r1p10, candidate, ctx);
