// R3 §10 — what it prescribes: only a civil servant who meets all six conditions may be seconded: (1)
// at least three years of civil service in the sending body, (2) no unexpunged sanction, (3) not
// acting or standing in, (4) rated "effective" in the sending body for the last two years, (5) meets
// the qualification requirements (RK law, treaties, organizations' charters), (6) has consented in
// writing.
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
import { IN_SENDING_BODY } from '../eligibility/wording';
import type { DatedParameter, DatedValue } from '../common/dated-parameter';
import { numberFrom, numberParameter } from '../parameters/dated-number';
import { RESOLUTION_206, RESOLUTION_755 } from '../parameters/editions';

// R3 §10's numbers: the 2017 text, restated under No. 206, which marks §10 as amended.
const since2017 = (v: number): readonly DatedValue<number>[] => [numberFrom(RESOLUTION_755, v), numberFrom(RESOLUTION_206, v, 'R3 §10')];
export const R3_MIN_SERVICE_YEARS = numberParameter('R3 minimum years of civil service in the sending body', 'R3 §10(1)', since2017(3));
export const R3_EFFECTIVE_PERFORMANCE_YEARS = numberParameter('R3 years rated "effective"', 'R3 §10(4)', since2017(2));
/** Every number of R3 §10, in the order of its points. */
export const r3p10Numbers: readonly DatedParameter<number>[] = [R3_MIN_SERVICE_YEARS, R3_EFFECTIVE_PERFORMANCE_YEARS];

// R3 §10 — a civil servant may be seconded only if all of the following hold.
export const r3p10: readonly Condition[] = [
  civilServiceYears('R3 §10(1)', R3_MIN_SERVICE_YEARS, IN_SENDING_BODY),
  noUnexpungedSanctions('R3 §10(2)'),
  notActingOrReplacing('R3 §10(3)'),
  ratedEffective('R3 §10(4)', R3_EFFECTIVE_PERFORMANCE_YEARS, IN_SENDING_BODY),
  meetsQualification(
    'R3 §10(5)',
    text(
      'іссапар лауазымына ҚР заңнамасы, ҚР халықаралық шарттары, халықаралық және басқа ұйымдардың жарғылары мен құжаттары қоятын біліктілік талаптарына',
      'квалификационным требованиям к должности, замещаемой в порядке прикомандирования, предусмотренным законодательством Республики Казахстан, международными договорами Республики Казахстан, уставными и иными документами международных и иных организаций',
      'the qualification requirements of the position set by RK law, RK international treaties and the charters and other documents of international and other organizations',
    ),
  ),
  writtenConsent('R3 §10(6)'),
];

export const checkR3Eligibility = (candidate: Candidate, ctx: EligibilityContext): RuleViolation[] =>
  checkAll(r3p10, candidate, ctx);
