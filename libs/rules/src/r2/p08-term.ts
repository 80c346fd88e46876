// R2 §8 — what it prescribes: a secondment to a foreign institution lasts no more than three years
// unless RK laws say otherwise; the sending body may extend it by no more than one year with the
// consent of the MFA and of the seconded person. (Counted inclusive from the start date:
// deadlines/term-end.ts.)
import { latestValue } from '../common/dated-parameter';
import { text } from '../common/localized-text';
import { periodText } from '../parameters/period-text';
import { periodParameter } from '../parameters/dated-period';
import { RESOLUTION_536 } from '../parameters/editions';
import { years } from '../parameters/period';
import { consentToExtension, decideExtension } from '../procedures/steps/extension';
import type { TermRule } from '../procedures/steps/term';
import { r2ReleaseNotice } from './p21-expiry';
import { overrideClause } from '../deadlines/override-clauses';

/** R2 §8: the term and the most an extension may add, by edition (an amendment appends a dated value). */
export const r2Term: TermRule = {
  term: periodParameter('R2 secondment term', 'R2 §8', RESOLUTION_536, years(3)),
  extensionLimit: periodParameter('R2 extension limit', 'R2 §8', RESOLUTION_536, years(1)),
};

const limit = periodText(latestValue(r2Term.extensionLimit));

/** R2 §8: the sending body extends, by at most one year, with the consent of the MFA and the person. */
export const r2p08Extend = decideExtension({
  ruleSet: 'R2',
  cite: 'R2 §8',
  actors: ['sender'],
  notify: ['mfa', 'seconded-person'],
  text: text(
    `Жіберуші орган іссапар мерзімін ең көбі ${limit.kk} мерзімге ұзартты`,
    `Направляющий орган продлил срок прикомандирования (не более чем на ${limit.ru})`,
    `The sending body extended the term by at most ${limit.en}`,
  ),
  consentingParty: 'mfa',
  consents: ['seconded-person'],
  releaseNotice: r2ReleaseNotice,
  term: r2Term,
});

/** R2 §8: the MFA consents, through its own service, to extending the term to a given date. */
export const r2p08Consent = consentToExtension({
  ruleSet: 'R2',
  cite: 'R2 §8',
  actors: ['mfa'],
  notify: ['sender'],
  text: text(
    'Уәкілетті орган іссапар мерзімін ұзартуға келісім берді',
    'Уполномоченный орган дал согласие на продление срока прикомандирования',
    'The MFA consented to extending the term',
  ),
  term: r2Term,
});

/** R2 §8: only a law may set another term. */
export const r2p08Override = overrideClause('R2 §8', ['law']);
