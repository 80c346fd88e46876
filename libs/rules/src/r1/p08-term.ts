// R1 §8 — what it prescribes: a diplomat's secondment to an RK state body or other organization
// lasts no more than three years, unless RK laws or the organization's charter or other documents
// say otherwise. The MFA may extend it, by no more than one year, with the consent of the receiver
// and of the seconded person. (Term and limit: TERM_PARAMETERS / EXTENSION_LIMIT_PARAMETERS,
// counted inclusive from the start date: `deadlines/term-end.ts`.)
import { latestValue } from '../common/dated-parameter';
import { text } from '../common/localized-text';
import { periodText } from '../parameters/period-text';
import { EXTENSION_LIMIT_PARAMETERS } from '../parameters/term.parameters';
import { consentToExtension, decideExtension } from '../procedures/steps/extension';
import { r1ReleaseNotice } from './p19-expiry';

const limit = periodText(latestValue(EXTENSION_LIMIT_PARAMETERS.R1));

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
});
