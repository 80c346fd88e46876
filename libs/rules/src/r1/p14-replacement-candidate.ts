// R1 §14 — what it prescribes: on the receiver's refusal, the MFA sends, within five working days, a
// reasoned letter proposing another candidate with the §12 documents.
import { text } from '../common/localized-text';
import { withPeriodNote } from '../parameters/period-text';
import { RESOLUTION_206 } from '../parameters/editions';
import { workingDays } from '../parameters/period';
import { deadline } from '../procedures/obligation-spec';
import { withdrawProposal } from '../procedures/steps/review';

/** R1 §14: after a refusal the MFA sends a letter on another candidate within five working days. */
export const r1Replacement = deadline({
  ruleSet: 'R1',
  step: 'replacement-candidate',
  cite: 'R1 §14',
  name: 'R1 MFA proposes another candidate',
  actor: 'sender',
  action: 'propose-another-candidate',
  values: [{ edition: RESOLUTION_206, period: workingDays(5) }],
  text: withPeriodNote(
    text(
      'Уәкілетті орган басқа кандидаттың іссапарға баруы туралы ұсыныспен негізделген хатты жолдайды',
      'Уполномоченный орган направляет обоснованное письмо с предложением о другом кандидате',
      'The MFA sends a reasoned letter proposing another candidate',
    ),
  ),
});

/** The law obliges another candidate; a withdrawal is recorded, and the obligation closes unfulfilled. */
export const r1p14Withdraw = withdrawProposal({
  ruleSet: 'R1',
  cite: 'R1 §14',
  actors: ['sender'],
  notify: ['receiver'],
  text: text('Уәкілетті орган ұсынысты кері қайтарып алды', 'Уполномоченный орган отозвал предложение', 'The MFA withdrew the proposal'),
});
