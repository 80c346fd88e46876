import { text } from '../common/localized-text';
import { consentToExtension, decideExtension } from '../procedures/steps/extension';
import { r1ReleaseNotice } from './p19-expiry';

/** R1 §8: the MFA extends, by at most one year, with the consent of the receiver and the person. */
export const r1p08Extend = decideExtension({
  ruleSet: 'R1',
  cite: 'R1 §8',
  actors: ['sender'],
  notify: ['receiver', 'seconded-person'],
  text: text(
    'Уәкілетті орган іссапар мерзімін бір жылдан асырмай ұзартты',
    'Уполномоченный орган продлил срок прикомандирования не более чем на один год',
    'The MFA extended the term by at most one year',
  ),
  consentingParty: 'receiver',
  consents: ['seconded-person'],
  releaseNotice: r1ReleaseNotice,
});

/** R1 §8: the receiver consents, through its own service, to extending the term to a given date. */
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
