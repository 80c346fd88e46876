import { text } from '../common/localized-text';
import { stepSpec } from '../procedures/obligation-spec';
import { withdrawProposal } from '../procedures/steps/review';

/** R1 §14: after a refusal the MFA sends a letter on another candidate within five working days. */
export const r1Replacement = stepSpec(
  'R1',
  'replacement-candidate',
  'sender',
  'propose-another-candidate',
  text(
    'Уәкілетті орган басқа кандидаттың іссапарға баруы туралы ұсыныспен негізделген хатты жолдайды',
    'Уполномоченный орган направляет обоснованное письмо с предложением о другом кандидате',
    'The MFA sends a reasoned letter proposing another candidate',
  ),
);

/** The law obliges another candidate; a withdrawal is recorded, and the obligation closes unfulfilled. */
export const r1p14Withdraw = withdrawProposal({
  ruleSet: 'R1',
  cite: 'R1 §14',
  actors: ['sender'],
  notify: ['receiver'],
  text: text('Уәкілетті орган ұсынысты кері қайтарып алды', 'Уполномоченный орган отозвал предложение', 'The MFA withdrew the proposal'),
});
