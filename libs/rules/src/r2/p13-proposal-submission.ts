// R2 §13 — what it prescribes: the sending body proposes an eligible candidate (§11) to the MFA by a
// reasoned letter with the §13 documents.
import { text } from '../common/localized-text';
import { submitProposal } from '../procedures/steps/proposal';
import { r2Interview, r2MfaDecision } from './p14-mfa-review';
import { r2Replacement } from './p15-replacement-candidate';
import { r2ApprovalRoute } from './p16-approval-routing';

/** R2 §13 (and §15 for another candidate): the sending body sends the reasoned letter and the package to the MFA. */
export const r2p13Submit = submitProposal({
  route: r2ApprovalRoute,
  ruleSet: 'R2',
  cite: 'R2 §13',
  actors: ['sender'],
  notify: ['mfa'],
  text: text(
    'Жіберуші мемлекеттік орган уәкілетті органға негізделген хат пен кандидаттың құжаттарын ұсынады',
    'Направляющий государственный орган направляет в уполномоченный орган обоснованное письмо и документы кандидата',
    'The sending body sends the MFA a reasoned letter and the candidate’s documents',
  ),
  review: [r2Interview, r2MfaDecision],
  replacementCite: 'R2 §15',
  replacement: r2Replacement,
});
