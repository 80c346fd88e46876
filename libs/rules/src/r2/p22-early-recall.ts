// R2 §22 — what it prescribes: on grounds 2–6 of §20 the sending body decides the early recall from
// the foreign institution and notifies the MFA no later than three working days from the decision.
import { text } from '../common/localized-text';
import { withPeriodNote } from '../parameters/period-text';
import { RESOLUTION_536 } from '../parameters/editions';
import { workingDays } from '../parameters/period';
import { deadline } from '../procedures/obligation-spec';
import { decideEarlyRecall, notifyEarlyRecall } from '../procedures/steps/early-recall';
import { R2_EARLY_RECALL_GROUNDS } from './p20-termination-grounds';
import { r2ReleaseNotice } from './p21-expiry';

/** R2 §22: the MFA learns of the early recall counting from the decision. */
export const r2EarlyRecallNotice = deadline({
  ruleSet: 'R2',
  step: 'early-recall-notice',
  cite: 'R2 §22',
  name: 'R2 sending body notifies the early recall',
  actor: 'sender',
  action: 'notify-early-recall',
  values: [{ edition: RESOLUTION_536, period: workingDays(3) }],
  text: withPeriodNote(
    text(
      'Жіберуші орган шешім қабылданған күннен бастап уәкілетті органды хабардар етеді',
      'Направляющий орган уведомляет уполномоченный орган со дня решения',
      'The sending body notifies the MFA counting from the decision',
    ),
  ),
});

export const r2p22Decide = decideEarlyRecall({
  ruleSet: 'R2',
  cite: 'R2 §22',
  actors: ['sender'],
  notify: [],
  text: text('Жіберуші орган мерзімінен бұрын шақырту туралы шешім қабылдады', 'Направляющий орган принял решение о досрочном отзыве', 'The sending body decided an early recall'),
  grounds: R2_EARLY_RECALL_GROUNDS,
  groundsCite: 'R2 §20',
  jointDecisionCite: 'R2 §20(2)',
  offenceGround: 4,
  expiryCite: 'R2 §21',
  notice: r2EarlyRecallNotice,
  supersedes: [r2ReleaseNotice],
});

export const r2p22Notify = notifyEarlyRecall({
  ruleSet: 'R2',
  cite: 'R2 §22',
  actors: ['sender'],
  notify: ['mfa', 'seconded-person'],
  text: r2EarlyRecallNotice.text,
  notice: r2EarlyRecallNotice,
});
