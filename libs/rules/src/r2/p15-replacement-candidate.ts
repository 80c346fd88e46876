// R2 §15 — what it prescribes: on the MFA's refusal, the sending body sends, within five working days,
// a reasoned letter proposing another candidate with the §13 documents.
import { text } from '../common/localized-text';
import { withPeriodNote } from '../parameters/period-text';
import { RESOLUTION_536 } from '../parameters/editions';
import { workingDays } from '../parameters/period';
import { deadline } from '../procedures/obligation-spec';
import { withdrawProposal } from '../procedures/steps/review';

/** R2 §15: after the MFA's refusal the sending body proposes another candidate within five working days. */
export const r2Replacement = deadline({
  ruleSet: 'R2',
  step: 'replacement-candidate',
  cite: 'R2 §15',
  name: 'R2 sending body proposes another candidate',
  actor: 'sender',
  action: 'propose-another-candidate',
  values: [{ edition: RESOLUTION_536, period: workingDays(5) }],
  text: withPeriodNote(
    text(
      'Жіберуші мемлекеттік орган уәкілетті органға басқа кандидат туралы негізделген хатты жолдайды',
      'Направляющий государственный орган направляет в уполномоченный орган обоснованное письмо о другом кандидате',
      'The sending body sends the MFA a reasoned letter proposing another candidate',
    ),
  ),
});

export const r2p15Withdraw = withdrawProposal({
  ruleSet: 'R2',
  cite: 'R2 §15',
  actors: ['sender'],
  notify: ['mfa'],
  text: text('Жіберуші орган ұсынысты кері қайтарып алды', 'Направляющий орган отозвал предложение', 'The sending body withdrew the proposal'),
});
