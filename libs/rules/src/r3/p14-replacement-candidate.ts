// R3 §14 — what it prescribes: after the receiver's refusal the interested party may initiate another
// candidate in the same order; no period is set.
import { text } from '../common/localized-text';
import { withdrawProposal } from '../procedures/steps/review';

/**
 * R3 §14: after a refusal the interested party "may" initiate another candidate, so the case may also
 * simply end. The new letter itself goes through §12 (`ProposalSubmitted`).
 */
export const r3p14Withdraw = withdrawProposal({
  ruleSet: 'R3',
  cite: 'R3 §14',
  actors: ['sender'],
  notify: ['receiver'],
  text: text('Жіберуші орган ұсынысты кері қайтарып алды', 'Направляющий орган отозвал предложение', 'The sending body withdrew the proposal'),
});
