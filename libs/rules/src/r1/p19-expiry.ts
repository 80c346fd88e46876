import { text } from '../common/localized-text';
import { stepSpec } from '../procedures/obligation-spec';
import { decideRecall, decideRelease, notifyRelease } from '../procedures/steps/expiry';

/** R1 §19 part 1: written notice to the MFA ten working days before the release decision (due before the term ends). */
export const r1ReleaseNotice = stepSpec(
  'R1',
  'release-notice',
  'receiver',
  'notify-release',
  text(
    'Қабылдаушы босату туралы шешім қабылданғанға дейін он жұмыс күні бұрын уәкілетті органды жазбаша хабардар етеді',
    'Принимающая сторона письменно уведомляет уполномоченный орган за десять рабочих дней до решения об освобождении',
    'The receiver notifies the MFA in writing ten working days before the release decision',
  ),
  { counting: 'before' },
);

/** R1 §19 part 2: the MFA decides the recall within five working days of receiving the notice. */
export const r1RecallDecision = stepSpec(
  'R1',
  'recall-decision',
  'sender',
  'decide-recall',
  text(
    'Уәкілетті орган хабарлама түскен күннен бастап бес жұмыс күні ішінде кері шақырту туралы шешім қабылдайды',
    'Уполномоченный орган в течение пяти рабочих дней со дня получения уведомления принимает решение об отзыве',
    'The MFA decides the recall within five working days of receiving the notice',
  ),
);

export const r1p19Notify = notifyRelease({
  ruleSet: 'R1',
  cite: 'R1 §19',
  actors: ['receiver'],
  notify: ['sender'],
  text: r1ReleaseNotice.text,
  releaseNotice: r1ReleaseNotice,
  recall: r1RecallDecision,
});

export const r1p19Release = decideRelease({
  ruleSet: 'R1',
  cite: 'R1 §19',
  actors: ['receiver'],
  notify: ['sender', 'seconded-person'],
  text: text(
    'Қабылдаушы лауазымнан босату туралы шешім қабылдады',
    'Принимающая сторона приняла решение об освобождении от должности',
    'The receiver decided the release from the position',
  ),
  releaseNotice: r1ReleaseNotice,
});

// §19 bases the recall on the receiver's decision yet counts its five days from the notice, which
// comes ten working days before that decision: the recall may therefore precede the release.
export const r1p19Recall = decideRecall({
  ruleSet: 'R1',
  cite: 'R1 §19',
  actors: ['sender'],
  notify: ['receiver', 'seconded-person'],
  text: r1RecallDecision.text,
  recall: r1RecallDecision,
  afterRelease: false,
});
