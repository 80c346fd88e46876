// R3 §20 — what it prescribes: on grounds 2–5 of §18 the sending body decides the early recall and
// notifies the receiver in writing no later than three working days from the decision.
import { text } from '../common/localized-text';
import { withPeriodNote } from '../parameters/period-text';
import { RESOLUTION_755 } from '../parameters/editions';
import { workingDays } from '../parameters/period';
import { deadline } from '../procedures/obligation-spec';
import { decideEarlyRecall, notifyEarlyRecall } from '../procedures/steps/early-recall';
import { R3_EARLY_RECALL_GROUNDS } from './p18-termination-grounds';
import { r3ReleaseNotice } from './p19-expiry';

/** R3 §20: the receiver is told in writing counting from the decision. */
export const r3EarlyRecallNotice = deadline({
  ruleSet: 'R3',
  step: 'early-recall-notice',
  cite: 'R3 §20',
  name: 'R3 sending body notifies the early recall',
  actor: 'sender',
  action: 'notify-early-recall',
  values: [{ edition: RESOLUTION_755, period: workingDays(3) }],
  text: withPeriodNote(
    text(
      'Жіберуші орган шешім қабылданған күннен бастап қабылдаушыны жазбаша хабардар етеді',
      'Направляющий орган письменно уведомляет принимающую сторону со дня решения',
      'The sending body notifies the receiver in writing counting from the decision',
    ),
  ),
});

export const r3p20Decide = decideEarlyRecall({
  ruleSet: 'R3',
  cite: 'R3 §20',
  actors: ['sender'],
  notify: [],
  text: text('Жіберуші орган мерзімінен бұрын кері шақырту туралы шешім қабылдады', 'Направляющий орган принял решение о досрочном отзыве', 'The sending body decided an early recall'),
  grounds: R3_EARLY_RECALL_GROUNDS,
  groundsCite: 'R3 §18',
  jointDecisionCite: 'R3 §18(2)',
  offenceGround: 3,
  expiryCite: 'R3 §19',
  notice: r3EarlyRecallNotice,
  supersedes: [r3ReleaseNotice],
});

export const r3p20Notify = notifyEarlyRecall({
  ruleSet: 'R3',
  cite: 'R3 §20',
  actors: ['sender'],
  notify: ['receiver', 'seconded-person'],
  text: r3EarlyRecallNotice.text,
  notice: r3EarlyRecallNotice,
});
