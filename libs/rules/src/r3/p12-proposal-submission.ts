// R3 §12 — what it prescribes: the sending body proposes an eligible civil servant (§10) to the
// receiving body or organization by a reasoned letter with the §12 documents.
import { text } from '../common/localized-text';
import { submitProposal } from '../procedures/steps/proposal';
import { r3ReceiverDecision } from './p13-receiver-decision';
import { r3ApprovalRoute } from './p11-approval-routing';

/** R3 §12 (and §14 for another candidate): the sending body sends the reasoned letter and the package to the receiver. */
export const r3p12Submit = submitProposal({
  route: r3ApprovalRoute,
  ruleSet: 'R3',
  cite: 'R3 §12',
  actors: ['sender'],
  notify: ['receiver'],
  text: text(
    'Жіберуші мемлекеттік орган қабылдаушыға негізделген хат пен кандидаттың құжаттарын ұсынады',
    'Направляющий государственный орган направляет принимающей стороне обоснованное письмо и документы кандидата',
    'The sending body sends the receiver a reasoned letter and the candidate’s documents',
  ),
  review: [r3ReceiverDecision],
  replacementCite: 'R3 §14',
});
