import { text } from '../common/localized-text';
import { stepSpec } from '../procedures/obligation-spec';
import { withdrawProposal } from '../procedures/steps/review';

/** R2 §15: after the MFA's refusal the sending body proposes another candidate within five working days. */
export const r2Replacement = stepSpec(
  'R2',
  'replacement-candidate',
  'sender',
  'propose-another-candidate',
  text(
    'Жіберуші мемлекеттік орган уәкілетті органға басқа кандидат туралы негізделген хатты жолдайды',
    'Направляющий государственный орган направляет в уполномоченный орган обоснованное письмо о другом кандидате',
    'The sending body sends the MFA a reasoned letter proposing another candidate',
  ),
);

export const r2p15Withdraw = withdrawProposal({
  ruleSet: 'R2',
  cite: 'R2 §15',
  actors: ['sender'],
  notify: ['mfa'],
  text: text('Жіберуші орган ұсынысты кері қайтарып алды', 'Направляющий орган отозвал предложение', 'The sending body withdrew the proposal'),
});
