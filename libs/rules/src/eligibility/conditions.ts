import type { Cite } from '../common/citation';
import { valueAt, type DatedParameter } from '../common/dated-parameter';
import { text, type LocalizedText } from '../common/localized-text';
import type { Candidate } from './candidate.schema';
import { condition, quoting, type Condition, type ViolationDetails } from './condition';
import { ELIGIBILITY_CODES as C } from './eligibility-codes';
import { hasServed, lastYears } from './service-length';
import { enYears, ruForLastYears, ruLessThanYears } from './wording';

// Conditions worded alike in R1 §10, R2 §11 and R3 §10; each rule set passes its own citation,
// parameter and place ("in the sending body" / "in the authorized body").

/** A condition worded alike in each rule set: its citation, its number and where the service counts. */
type PlacedCondition = (cite: Cite, param: DatedParameter<number>, place: LocalizedText, appliesTo?: (c: Candidate) => boolean) => Condition;

type ServiceStart = 'senderServiceStart' | 'politicalPositionStart' | 'nationalBankWorkStart';

/** A length of service the law asks: counted from one of the candidate's start dates, in calendar years or months. */
export interface ServiceLength {
  readonly from: ServiceStart;
  /** The name the start date goes by in a refusal's details. */
  readonly reportedAs: string;
  readonly param: DatedParameter<number>;
  readonly unit: 'years' | 'months';
}

/** How a service condition reads, given the number in force. */
export interface ServiceWording {
  readonly requires: (n: number) => LocalizedText;
  readonly fails: (n: number) => LocalizedText;
}

/**
 * At least the parameter's years or months of service since the start date (R1 §10(1), R2 §11(1),
 * R3 §10(1)): every branch of the service condition is counted, and refused, the same way.
 */
export const servedAtLeast = (cite: Cite, length: ServiceLength, wording: ServiceWording, appliesTo?: (c: Candidate) => boolean): Condition =>
  condition(
    cite,
    C.SERVICE_TOO_SHORT,
    (c, ctx) => {
      const n = valueAt(length.param, ctx.asOf);
      const start = c[length.from];
      const years = length.unit === 'years';
      const details: ViolationDetails = { [length.reportedAs]: start, [years ? 'requiredYears' : 'requiredMonths']: n };
      return { met: hasServed(start, ctx.asOf, years ? 12 * n : n), details };
    },
    { requires: quoting(length.param, wording.requires), fails: quoting(length.param, wording.fails) },
    appliesTo,
  );

export const civilServiceYears: PlacedCondition = (cite, param, place, appliesTo) =>
  servedAtLeast(
    cite,
    { from: 'senderServiceStart', reportedAs: 'serviceStart', param, unit: 'years' },
    {
      requires: (n) =>
        text(
          `Кандидаттың ${place.kk} кемінде ${n} жыл мемлекеттік қызмет өтілі бар`,
          `Стаж государственной службы кандидата ${place.ru} не ${ruLessThanYears(n)}`,
          `The candidate has at least ${enYears(n)} of civil service ${place.en}`,
        ),
      fails: (n) =>
        text(
          `Кандидаттың ${place.kk} кемінде ${n} жыл мемлекеттік қызмет өтілі жоқ`,
          `Стаж государственной службы кандидата ${place.ru} ${ruLessThanYears(n)}`,
          `The candidate has less than ${enYears(n)} of civil service ${place.en}`,
        ),
    },
    appliesTo,
  );

export const noUnexpungedSanctions = (cite: Cite): Condition =>
  condition(
    cite,
    C.UNEXPUNGED_SANCTION,
    (c) => ({ met: c.unexpungedSanctions === 0, details: { unexpungedSanctions: c.unexpungedSanctions } }),
    {
      requires: text(
        'Кандидаттың алынбаған тәртіптік жазасы жоқ',
        'У кандидата нет неснятых дисциплинарных взысканий',
        'The candidate has no unexpunged disciplinary sanction',
      ),
      fails: text(
        'Кандидаттың алынбаған тәртіптік жазасы бар',
        'У кандидата имеется неснятое дисциплинарное взыскание',
        'The candidate has an unexpunged disciplinary sanction',
      ),
    },
  );

export const notActingOrReplacing = (cite: Cite): Condition =>
  condition(
    cite,
    C.ACTING_OR_REPLACING,
    (c) => !c.actingOrTemporarilyReplacing,
    {
      requires: text(
        'Кандидат лауазымды уақытша атқарып та, басқа қызметкердің орнын уақытша басып та отырған жоқ',
        'Кандидат не является временно исполняющим обязанности или временно замещающим отсутствующего работника',
        'The candidate is not acting in a position or temporarily replacing an absent employee',
      ),
      fails: text(
        'Кандидат лауазымды уақытша атқарады немесе уақытша жоқ қызметкердің орнын басады',
        'Кандидат является временно исполняющим обязанности или временно замещающим отсутствующего работника',
        'The candidate is acting in a position or temporarily replacing an absent employee',
      ),
    },
  );

/** Every one of the last N calendar years must be on record and rated "effective". */
export const ratedEffective: PlacedCondition = (cite, param, place, appliesTo) =>
  condition(
    cite,
    C.PERFORMANCE_NOT_EFFECTIVE,
    (c, ctx) => {
      const years = lastYears(ctx.asOf, valueAt(param, ctx.asOf));
      const failing = years.filter((y) => c.performanceRatings.find((r) => r.year === y)?.rating !== 'effective');
      return { met: failing.length === 0, details: { yearsNotRatedEffective: failing.join(',') } };
    },
    {
      requires: quoting(param, (n) =>
        text(
          `Кандидаттың ${place.kk} соңғы ${n} жылдағы қызметі «тиімді» мәнімен бағаланған`,
          `Деятельность кандидата ${place.ru} ${ruForLastYears(n)} оценена на «эффективно»`,
          `The candidate's performance ${place.en} was rated "effective" for each of the last ${enYears(n)}`,
        ),
      ),
      fails: quoting(param, (n) =>
        text(
          `Кандидаттың ${place.kk} соңғы ${n} жылдағы қызметі «тиімді» мәнімен бағаланбаған`,
          `Деятельность кандидата ${place.ru} ${ruForLastYears(n)} не оценена на «эффективно»`,
          `The candidate's performance ${place.en} was not rated "effective" for each of the last ${enYears(n)}`,
        ),
      ),
    },
    appliesTo,
  );

/** `requirements` names the position's qualification requirements as each rule set words them (dative in kk). */
export const meetsQualification = (cite: Cite, requirements: LocalizedText): Condition =>
  condition(cite, C.QUALIFICATION_NOT_MET, (c) => c.meetsQualificationRequirements, {
    requires: text(`Кандидат ${requirements.kk} сәйкес келеді`, `Кандидат соответствует ${requirements.ru}`, `The candidate meets ${requirements.en}`),
    fails: text(`Кандидат ${requirements.kk} сәйкес келмейді`, `Кандидат не соответствует ${requirements.ru}`, `The candidate does not meet ${requirements.en}`),
  });

/** Consent dated after `asOf` has not been given yet on that date. */
export const writtenConsent = (cite: Cite): Condition =>
  condition(
    cite,
    C.NO_WRITTEN_CONSENT,
    (c, ctx) => ({
      met: c.writtenConsentDate !== null && c.writtenConsentDate <= ctx.asOf,
      details: { writtenConsentDate: c.writtenConsentDate },
    }),
    {
      requires: text(
        'Кандидат іссапарға баруға жазбаша келісім білдірген',
        'Кандидат выразил письменное согласие на прикомандирование',
        'The candidate has given written consent to the secondment',
      ),
      fails: text(
        'Кандидат іссапарға баруға жазбаша келісім білдірмеген',
        'Кандидат не выразил письменного согласия на прикомандирование',
        'The candidate has not given written consent to the secondment',
      ),
    },
  );

/** §3 (R2, R3): the secondment is agreed with the first heads concerned; a fact the sender declares. */
export const firstHeadsAgreed = (cite: Cite): Condition =>
  condition(cite, C.NO_FIRST_HEADS_AGREEMENT, (c) => c.firstHeadsAgreed, {
    requires: text('Іссапарға бірінші басшылар келісім берді', 'Прикомандирование согласовано с первыми руководителями', 'The first heads concerned have agreed to the secondment'),
    fails: text('Бірінші басшылардың келісімі жоқ', 'Нет согласия первых руководителей', 'The first heads concerned have not agreed to the secondment'),
  });

/** §3: the person goes to a vacant position (a free staff unit); a fact the sender declares. */
export const vacantPosition = (cite: Cite): Condition =>
  condition(cite, C.NO_VACANT_POSITION, (c) => c.vacantPosition, {
    requires: text('Кандидат бос лауазымға (бос штат бірлігіне) жіберіледі', 'Кандидат направляется на вакантную должность (свободную штатную единицу)', 'The candidate goes to a vacant position (a free staff unit)'),
    fails: text('Қабылдаушыдағы лауазым бос емес', 'Должность у принимающей стороны не вакантна', 'The position at the receiver is not vacant'),
  });
