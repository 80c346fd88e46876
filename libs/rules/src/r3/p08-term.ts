// R3 §8 — what it prescribes: a civil servant's secondment lasts no more than three years unless RK
// laws, RK treaties or organizations' charters and other documents say otherwise; the sending body may
// extend it by no more than one year with the consent of the receiver and of the civil servant.
// (Counted inclusive from the start date: deadlines/term-end.ts.)
import { latestValue } from '../common/dated-parameter';
import { text } from '../common/localized-text';
import { periodText } from '../parameters/period-text';
import { periodParameter } from '../parameters/dated-period';
import { RESOLUTION_755 } from '../parameters/editions';
import { years } from '../parameters/period';
import { consentToExtension, decideExtension } from '../procedures/steps/extension';
import type { TermRule } from '../procedures/steps/term';
import { r3ReleaseNotice } from './p19-expiry';
import { overrideClause } from '../deadlines/override-clauses';
import { isNonStateOrganization } from '../organizations/organization-kind';

/** R3 §8: the term and the most an extension may add, by edition (an amendment appends a dated value). */
export const r3Term: TermRule = {
  term: periodParameter('R3 secondment term', 'R3 §8', RESOLUTION_755, years(3)),
  extensionLimit: periodParameter('R3 extension limit', 'R3 §8', RESOLUTION_755, years(1)),
};

const limit = periodText(latestValue(r3Term.extensionLimit));

/** R3 §8: the sending body extends, by at most one year, with the consent of the receiver and the person. */
export const r3p08Extend = decideExtension({
  ruleSet: 'R3',
  cite: 'R3 §8',
  actors: ['sender'],
  notify: ['receiver', 'seconded-person'],
  text: text(
    `Жіберуші орган іссапар мерзімін ең көбі ${limit.kk} мерзімге ұзартты`,
    `Направляющий орган продлил срок прикомандирования (не более чем на ${limit.ru})`,
    `The sending body extended the term by at most ${limit.en}`,
  ),
  consentingParty: 'receiver',
  consents: ['seconded-person'],
  releaseNotice: r3ReleaseNotice,
  term: r3Term,
});

/** R3 §8: the receiver consents, through its own service, to extending the term to a given date. */
export const r3p08Consent = consentToExtension({
  ruleSet: 'R3',
  cite: 'R3 §8',
  actors: ['receiver'],
  notify: ['sender'],
  text: text(
    'Қабылдаушы тарап іссапар мерзімін ұзартуға келісім берді',
    'Принимающая сторона дала согласие на продление срока прикомандирования',
    'The receiver consented to extending the term',
  ),
  term: r3Term,
});

/** R3 §8: a law, a treaty, or the charter of an organization that is not a state body may set another term. */
export const r3p08Override = overrideClause('R3 §8', ['law', 'treaty', 'charter'], isNonStateOrganization);
