// R2 §11 — what it prescribes: to a foreign institution may go a civil servant with at least three
// years of civil service in the sending body (a political civil servant: six months in the political
// position) or a National Bank employee with three years in the Bank, who meets the position's
// qualification requirements, has no unexpunged sanction, is not acting or standing in, was rated
// "effective" for the last two years (a military, law-enforcement or special-body candidate: a
// positive last attestation; a National Bank employee: at least 80 % on the key performance indicators
// over two years), and has consented in writing.
import { valueAt, type DatedParameter, type DatedValue } from '../common/dated-parameter';
import { text } from '../common/localized-text';
import type { RuleViolation } from '../common/rule-violation';
import type { Candidate } from '../eligibility/candidate.schema';
import { checkAll, condition, type Condition, type EligibilityContext } from '../eligibility/condition';
import {
  civilServiceYears,
  meetsQualification,
  noUnexpungedSanctions,
  notActingOrReplacing,
  ratedEffective,
  servedAtLeast,
  writtenConsent,
} from '../eligibility/conditions';
import { ELIGIBILITY_CODES as C } from '../eligibility/eligibility-codes';
import { lastYears } from '../eligibility/service-length';
import {
  enMonths,
  enYears,
  IN_SENDING_BODY,
  ruByResultsOfLastYears,
  ruLessThanMonths,
  ruLessThanYears,
} from '../eligibility/wording';
import { numberFrom, numberParameter } from '../parameters/dated-number';
import { RESOLUTION_206, RESOLUTION_536 } from '../parameters/editions';

// R2 §11's numbers start with No. 536 (2023), which set R2 out anew and brought National Bank
// employees in; No. 206 marks §11 as amended, so they are restated under it.
const since2023 = (v: number): readonly DatedValue<number>[] => [numberFrom(RESOLUTION_536, v), numberFrom(RESOLUTION_206, v, 'R2 §11')];
export const R2_MIN_SERVICE_YEARS = numberParameter('R2 minimum years of civil service in the sending body', 'R2 §11(1)', since2023(3));
export const R2_POLITICAL_MIN_SERVICE_MONTHS = numberParameter('R2 minimum months in the political position in the sending body', 'R2 §11(1)', since2023(6));
export const R2_NATIONAL_BANK_MIN_WORK_YEARS = numberParameter('R2 minimum years of work in the National Bank', 'R2 §11(1)', since2023(3));
export const R2_EFFECTIVE_PERFORMANCE_YEARS = numberParameter('R2 years rated "effective"', 'R2 §11(5)', since2023(2));
export const R2_NATIONAL_BANK_KPI_YEARS = numberParameter('R2 years of National Bank KPI results', 'R2 §11(5)', since2023(2));
export const R2_NATIONAL_BANK_KPI_MIN_PERCENT = numberParameter('R2 minimum National Bank KPI performance, %', 'R2 §11(5)', since2023(80));
/** Every number of R2 §11, in the order of its points. */
export const r2p11Numbers: readonly DatedParameter<number>[] = [
  R2_MIN_SERVICE_YEARS,
  R2_POLITICAL_MIN_SERVICE_MONTHS,
  R2_NATIONAL_BANK_MIN_WORK_YEARS,
  R2_EFFECTIVE_PERFORMANCE_YEARS,
  R2_NATIONAL_BANK_KPI_YEARS,
  R2_NATIONAL_BANK_KPI_MIN_PERCENT,
];

// Who falls under which branch of R2 §11(1) and §11(5). A National Bank employee is judged by the
// National Bank branches only; a civil servant by the civil-servant ones.
const nationalBank = (c: Candidate): boolean => c.nationalBankEmployee;
const political = (c: Candidate): boolean => !c.nationalBankEmployee && c.politicalCivilServant;
const careerCivilServant = (c: Candidate): boolean => !c.nationalBankEmployee && !c.politicalCivilServant;
const militaryOrSpecial = (c: Candidate): boolean => c.militaryLawEnforcementOrSpecialPosition;
const ratedByAssessment = (c: Candidate): boolean => !c.nationalBankEmployee && !c.militaryLawEnforcementOrSpecialPosition;

const politicalPositionMonths = servedAtLeast(
  'R2 §11(1)',
  { from: 'politicalPositionStart', reportedAs: 'politicalPositionStart', param: R2_POLITICAL_MIN_SERVICE_MONTHS, unit: 'months' },
  {
    requires: (n) =>
      text(
        `Мемлекеттік саяси қызметшінің жіберуші мемлекеттік органдағы саяси лауазымда ${n} айлық міндетті өтілі бар`,
        `Стаж политического государственного служащего на политической должности в направляющем государственном органе не ${ruLessThanMonths(n)}`,
        `The political civil servant has at least ${enMonths(n)} of mandatory service in the political position in the sending state body`,
      ),
    fails: (n) =>
      text(
        `Мемлекеттік саяси қызметшінің жіберуші мемлекеттік органдағы саяси лауазымда ${n} айлық міндетті өтілі жоқ`,
        `Стаж политического государственного служащего на политической должности в направляющем государственном органе ${ruLessThanMonths(n)}`,
        `The political civil servant has less than ${enMonths(n)} of mandatory service in the political position in the sending state body`,
      ),
  },
  political,
);

const nationalBankWorkYears = servedAtLeast(
  'R2 §11(1)',
  { from: 'nationalBankWorkStart', reportedAs: 'nationalBankWorkStart', param: R2_NATIONAL_BANK_MIN_WORK_YEARS, unit: 'years' },
  {
    requires: (n) =>
      text(
        `Ұлттық Банк қызметкерінің Ұлттық Банкте кемінде ${n} жыл жұмыс өтілі бар`,
        `Стаж работы работника Национального Банка в Национальном Банке не ${ruLessThanYears(n)}`,
        `The National Bank employee has at least ${enYears(n)} of work in the National Bank`,
      ),
    fails: (n) =>
      text(
        `Ұлттық Банк қызметкерінің Ұлттық Банкте кемінде ${n} жыл жұмыс өтілі жоқ`,
        `Стаж работы работника Национального Банка в Национальном Банке ${ruLessThanYears(n)}`,
        `The National Bank employee has less than ${enYears(n)} of work in the National Bank`,
      ),
  },
  nationalBank,
);

const attestationPositive = condition(
  'R2 §11(5)',
  C.ATTESTATION_NOT_POSITIVE,
  (c) => ({ met: c.lastAttestationPositive === true, details: { lastAttestationPositive: c.lastAttestationPositive } }),
  {
    requires: text(
      'Кандидат әскери, құқық қорғау немесе арнаулы мемлекеттік орган лауазымында: соңғы аттестаттауда комиссия оң шешім шығарды',
      'По кандидату, занимающему должность военнослужащего, сотрудника правоохранительного или специального государственного органа, решение аттестационной комиссии по итогам последней аттестации положительное',
      'For a candidate in a military, law-enforcement or special state body position, the attestation commission decided positively at the last attestation',
    ),
    fails: text(
      'Соңғы аттестаттауда комиссия оң шешім шығармады',
      'Решение аттестационной комиссии по итогам последней аттестации не является положительным',
      'The attestation commission did not decide positively at the last attestation',
    ),
  },
  militaryOrSpecial,
);

/** Each of the last N calendar years must reach the threshold; a missing year does not. */
const nationalBankKpi = condition(
  'R2 §11(5)',
  C.KPI_BELOW_THRESHOLD,
  (c, ctx) => {
    const min = valueAt(R2_NATIONAL_BANK_KPI_MIN_PERCENT, ctx.asOf);
    const years = lastYears(ctx.asOf, valueAt(R2_NATIONAL_BANK_KPI_YEARS, ctx.asOf));
    const failing = years.filter((y) => (c.nationalBankKpi.find((k) => k.year === y)?.percent ?? -1) < min);
    return { met: failing.length === 0, details: { yearsBelowThreshold: failing.join(','), minPercent: min } };
  },
  {
    requires: (ctx) => {
      const n = valueAt(R2_NATIONAL_BANK_KPI_YEARS, ctx.asOf);
      const p = valueAt(R2_NATIONAL_BANK_KPI_MIN_PERCENT, ctx.asOf);
      return text(
        `Ұлттық Банк қызметкері: соңғы ${n} жылдың әрқайсысында функционалдық түйінді көрсеткіштердің нақты орындалуы кемінде ${p} %`,
        `Фактическая результативность работника Национального Банка по функциональным ключевым показателям эффективности деятельности ${ruByResultsOfLastYears(n)} не менее ${p} %`,
        `The National Bank employee's actual performance on functional key performance indicators over the last ${enYears(n)} is at least ${p} %`,
      );
    },
    fails: (ctx) => {
      const n = valueAt(R2_NATIONAL_BANK_KPI_YEARS, ctx.asOf);
      const p = valueAt(R2_NATIONAL_BANK_KPI_MIN_PERCENT, ctx.asOf);
      return text(
        `Соңғы ${n} жылда функционалдық түйінді көрсеткіштердің нақты орындалуы ${p} %-дан төмен`,
        `Фактическая результативность по функциональным ключевым показателям эффективности деятельности ${ruByResultsOfLastYears(n)} менее ${p} %`,
        `Actual performance on functional key performance indicators over the last ${enYears(n)} is below ${p} %`,
      );
    },
  },
  nationalBank,
);

// R2 §11 — a civil servant or a National Bank employee may be seconded to a foreign institution
// only if all of the following hold (with the exceptions of §11(1) and §11(5)).
export const r2p11: readonly Condition[] = [
  civilServiceYears('R2 §11(1)', R2_MIN_SERVICE_YEARS, IN_SENDING_BODY, careerCivilServant),
  politicalPositionMonths,
  nationalBankWorkYears,
  meetsQualification(
    'R2 §11(2)',
    text(
      'шетелдегі мекемедегі іссапар лауазымына ҚР заңнамасы қоятын біліктілік талаптарына',
      'квалификационным требованиям, предусмотренным законодательством Республики Казахстан, к должности в загранучреждении Республики Казахстан, замещаемой в порядке прикомандирования',
      'the qualification requirements set by RK law for the position in the foreign institution',
    ),
  ),
  noUnexpungedSanctions('R2 §11(3)'),
  notActingOrReplacing('R2 §11(4)'),
  ratedEffective('R2 §11(5)', R2_EFFECTIVE_PERFORMANCE_YEARS, IN_SENDING_BODY, ratedByAssessment),
  attestationPositive,
  nationalBankKpi,
  writtenConsent('R2 §11(6)'),
];

export const checkR2Eligibility = (candidate: Candidate, ctx: EligibilityContext): RuleViolation[] =>
  checkAll(r2p11, candidate, ctx);
