import { text } from '../common/localized-text';
import { stepSpec } from '../procedures/obligation-spec';
import { decideEarlyRecall, notifyEarlyRecall } from '../procedures/steps/early-recall';
import { R2_EARLY_RECALL_GROUNDS } from './p20-termination-grounds';
import { r2ReleaseNotice } from './p21-expiry';

/** R2 §22: the MFA learns of the early recall within three working days of the decision. */
export const r2EarlyRecallNotice = stepSpec(
  'R2',
  'early-recall-notice',
  'sender',
  'notify-early-recall',
  text(
    'Жіберуші орган шешім қабылданған күннен бастап үш жұмыс күнінен кешіктірмей уәкілетті органды хабардар етеді',
    'Направляющий орган уведомляет уполномоченный орган не позднее трёх рабочих дней со дня решения',
    'The sending body notifies the MFA within three working days of the decision',
  ),
);

export const r2p22Decide = decideEarlyRecall({
  ruleSet: 'R2',
  cite: 'R2 §22',
  actors: ['sender'],
  notify: [],
  text: text('Жіберуші орган мерзімінен бұрын шақырту туралы шешім қабылдады', 'Направляющий орган принял решение о досрочном отзыве', 'The sending body decided an early recall'),
  grounds: R2_EARLY_RECALL_GROUNDS,
  groundsCite: 'R2 §20',
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
