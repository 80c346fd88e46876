// R1 §20 — what it prescribes: on grounds 2–5 of §18 the MFA decides the early recall and notifies the
// receiver no later than three working days from the decision.
import { text } from '../common/localized-text';
import { withPeriodNote } from '../parameters/period-text';
import { RESOLUTION_206 } from '../parameters/editions';
import { workingDays } from '../parameters/period';
import { deadline } from '../procedures/obligation-spec';
import { decideEarlyRecall, notifyEarlyRecall } from '../procedures/steps/early-recall';
import { R1_EARLY_RECALL_GROUNDS } from './p18-termination-grounds';
import { r1RecallDecision, r1ReleaseNotice } from './p19-expiry';

/** R1 §20: the receiver learns of the early recall counting from the decision. */
export const r1EarlyRecallNotice = deadline({
  ruleSet: 'R1',
  step: 'early-recall-notice',
  cite: 'R1 §20',
  name: 'R1 MFA notifies the early recall',
  actor: 'sender',
  action: 'notify-early-recall',
  values: [{ edition: RESOLUTION_206, period: workingDays(3) }],
  text: withPeriodNote(
    text(
      'Уәкілетті орган шешім қабылданған күннен бастап қабылдаушыны хабардар етеді',
      'Уполномоченный орган уведомляет принимающую сторону со дня решения',
      'The MFA notifies the receiver counting from the decision',
    ),
  ),
});

export const r1p20Decide = decideEarlyRecall({
  ruleSet: 'R1',
  cite: 'R1 §20',
  actors: ['sender'],
  notify: [],
  text: text('Уәкілетті орган мерзімінен бұрын кері шақырту туралы шешім қабылдады', 'Уполномоченный орган принял решение о досрочном отзыве', 'The MFA decided an early recall'),
  grounds: R1_EARLY_RECALL_GROUNDS,
  groundsCite: 'R1 §18',
  jointDecisionCite: 'R1 §18(2)',
  offenceGround: 3,
  expiryCite: 'R1 §19',
  notice: r1EarlyRecallNotice,
  supersedes: [r1ReleaseNotice, r1RecallDecision],
});

export const r1p20Notify = notifyEarlyRecall({
  ruleSet: 'R1',
  cite: 'R1 §20',
  actors: ['sender'],
  notify: ['receiver', 'seconded-person'],
  text: r1EarlyRecallNotice.text,
  notice: r1EarlyRecallNotice,
});
