// R3 §14 — what it prescribes: after the receiver's refusal the interested party may initiate another
// candidate in the same order; no period is set.
import { text } from '../common/localized-text';
import { transition } from '../procedures/step-builder';
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

/**
 * R3 §14: "an interested party" may raise the question of another candidate, so the receiver may as
 * well as the sending body; the other is told. Raising it commits no one: the new proposal is still
 * the sending body's letter under §12 (`ProposalSubmitted`), and the case may still be withdrawn.
 */
export const r3p14Raise = transition(
  {
    ruleSet: 'R3',
    cite: 'R3 §14',
    actors: ['sender', 'receiver'],
    notify: ['sender', 'receiver'],
    text: text(
      'Мүдделі тарап басқа кандидатты жіберу мәселесін көтерді; ұсыныс 12-тармақ бойынша жіберіледі',
      'Заинтересованная сторона подняла вопрос о другом кандидате; само предложение направляется по пункту 12',
      'An interested party raised the question of another candidate; the proposal itself follows §12',
    ),
  },
  {
    event: 'AnotherCandidateRaised',
    from: ['proposal-refused'],
    to: ['proposal-refused'],
    decide: (state, e) => ({ ok: true, value: { state: { ...state, anotherCandidateRaisedOn: e.on } } }),
  },
);
