import { text } from '../common/localized-text';
import { stepSpec } from '../procedures/obligation-spec';
import { decideEarlyRecall, notifyEarlyRecall } from '../procedures/steps/early-recall';
import { R1_EARLY_RECALL_GROUNDS } from './p18-termination-grounds';
import { r1RecallDecision, r1ReleaseNotice } from './p19-expiry';

/** R1 §20: the receiver learns of the early recall within three working days of the decision. */
export const r1EarlyRecallNotice = stepSpec(
  'R1',
  'early-recall-notice',
  'sender',
  'notify-early-recall',
  text(
    'Уәкілетті орган шешім қабылданған күннен бастап үш жұмыс күнінен кешіктірмей қабылдаушыны хабардар етеді',
    'Уполномоченный орган уведомляет принимающую сторону не позднее трёх рабочих дней со дня решения',
    'The MFA notifies the receiver within three working days of the decision',
  ),
);

export const r1p20Decide = decideEarlyRecall({
  ruleSet: 'R1',
  cite: 'R1 §20',
  actors: ['sender'],
  notify: [],
  text: text('Уәкілетті орган мерзімінен бұрын кері шақырту туралы шешім қабылдады', 'Уполномоченный орган принял решение о досрочном отзыве', 'The MFA decided an early recall'),
  grounds: R1_EARLY_RECALL_GROUNDS,
  groundsCite: 'R1 §18',
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
