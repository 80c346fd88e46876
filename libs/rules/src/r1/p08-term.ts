import { text } from '../common/localized-text';
import { decideExtension } from '../procedures/steps/extension';
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
  consents: ['receiver', 'seconded-person'],
  releaseNotice: r1ReleaseNotice,
});
