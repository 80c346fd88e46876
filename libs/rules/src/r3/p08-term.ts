import { text } from '../common/localized-text';
import { consentToExtension, decideExtension } from '../procedures/steps/extension';
import { r3ReleaseNotice } from './p19-expiry';

/** R3 §8: the sending body extends, by at most one year, with the consent of the receiver and the person. */
export const r3p08Extend = decideExtension({
  ruleSet: 'R3',
  cite: 'R3 §8',
  actors: ['sender'],
  notify: ['receiver', 'seconded-person'],
  text: text(
    'Жіберуші орган іссапар мерзімін бір жылдан асырмай ұзартты',
    'Направляющий орган продлил срок прикомандирования не более чем на один год',
    'The sending body extended the term by at most one year',
  ),
  consentingParty: 'receiver',
  consents: ['seconded-person'],
  releaseNotice: r3ReleaseNotice,
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
});
