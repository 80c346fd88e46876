import { text } from '../common/localized-text';
import { consentToExtension, decideExtension } from '../procedures/steps/extension';
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
  consentingParty: 'mfa',
  consents: ['seconded-person'],
  releaseNotice: r2ReleaseNotice,
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
});
