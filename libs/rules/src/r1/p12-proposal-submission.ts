// R1 §12 — what it prescribes: the MFA proposes an eligible diplomat (§10) to the receiving body or
// organization by a reasoned letter with the §12 documents.
import { text } from '../common/localized-text';
import { submitProposal } from '../procedures/steps/proposal';
import { r1ReceiverDecision } from './p13-receiver-decision';
import { r1Replacement } from './p14-replacement-candidate';
import { r1ApprovalRoute } from './p11-approval-routing';

/** R1 §12 (and §14 for another candidate): the MFA sends the reasoned letter and the package to the receiver. */
export const r1p12Submit = submitProposal({
  route: r1ApprovalRoute,
  ruleSet: 'R1',
  cite: 'R1 §12',
  actors: ['sender'],
  notify: ['receiver'],
  text: text(
    'Уәкілетті орган қабылдаушыға негізделген хат пен кандидаттың құжаттарын ұсынады',
    'Уполномоченный орган направляет принимающей стороне обоснованное письмо и документы кандидата',
    'The MFA sends the receiver a reasoned letter and the candidate’s documents',
  ),
  review: [r1ReceiverDecision],
  replacementCite: 'R1 §14',
  replacement: r1Replacement,
});
