import { text } from '../common/localized-text';
import { decideExtension } from '../procedures/steps/extension';
import { r2ReleaseNotice } from './p21-expiry';

/** R2 §8: the sending body extends, by at most one year, with the consent of the MFA and the person. */
export const r2p08Extend = decideExtension({
  ruleSet: 'R2',
  cite: 'R2 §8',
  actors: ['sender'],
  notify: ['mfa', 'seconded-person'],
  text: text(
    'Жіберуші орган іссапар мерзімін бір жылдан аспайтын мерзімге ұзартты',
    'Направляющий орган продлил срок прикомандирования не более чем на один год',
    'The sending body extended the term by at most one year',
  ),
  consents: ['mfa', 'seconded-person'],
  releaseNotice: r2ReleaseNotice,
});
