// R1 §8 — what it prescribes: a diplomat's secondment to an RK state body or other organization
// lasts no more than three years, unless RK laws or the organization's charter or other documents
// say otherwise. The MFA may extend it, by no more than one year, with the consent of the receiver
// and of the seconded person. (Term and limit: `r1Term` below,
// counted inclusive from the start date: `deadlines/term-end.ts`.)
import { latestValue } from '../common/dated-parameter';
import { text } from '../common/localized-text';
import { periodText } from '../parameters/period-text';
import { periodParameter } from '../parameters/dated-period';
import { RESOLUTION_206 } from '../parameters/editions';
import { years } from '../parameters/period';
import { consentToExtension, decideExtension } from '../procedures/steps/extension';
import type { TermRule } from '../procedures/steps/term';
import { r1ReleaseNotice } from './p19-expiry';
import { overrideClause } from '../deadlines/override-clauses';
import { isNonStateOrganization } from '../organizations/organization-kind';

/** R1 §8: the term and the most an extension may add, by edition (an amendment appends a dated value). */
export const r1Term: TermRule = {
  term: periodParameter('R1 secondment term', 'R1 §8', RESOLUTION_206, years(3)),
  extensionLimit: periodParameter('R1 extension limit', 'R1 §8', RESOLUTION_206, years(1)),
};

const limit = periodText(latestValue(r1Term.extensionLimit));

export const r1p08Extend = decideExtension({
  ruleSet: 'R1',
  cite: 'R1 §8',
  actors: ['sender'],
  notify: ['receiver', 'seconded-person'],
  text: text(
    `Уәкілетті орган іссапар мерзімін ең көбі ${limit.kk} мерзімге ұзартты`,
    `Уполномоченный орган продлил срок прикомандирования (не более чем на ${limit.ru})`,
    `The MFA extended the term by at most ${limit.en}`,
  ),
  consentingParty: 'receiver',
  consents: ['seconded-person'],
  releaseNotice: r1ReleaseNotice,
  term: r1Term,
});

export const r1p08Consent = consentToExtension({
  ruleSet: 'R1',
  cite: 'R1 §8',
  actors: ['receiver'],
  notify: ['sender'],
  text: text(
    'Қабылдаушы тарап іссапар мерзімін ұзартуға келісім берді',
    'Принимающая сторона дала согласие на продление срока прикомандирования',
    'The receiver consented to extending the term',
  ),
  term: r1Term,
});

/** R1 §8: a law, or the charter or other documents of any organization that is not a state body, may set another term. */
export const r1p08Override = overrideClause('R1 §8', ['law', 'charter'], isNonStateOrganization);
