import { text } from '../common/localized-text';
import { stepSpec } from '../procedures/obligation-spec';
import { decideRecall, decideRelease, notifyRelease } from '../procedures/steps/expiry';

/** R3 §19 part 1: written notice to the sending body ten working days before the release decision. */
export const r3ReleaseNotice = stepSpec(
  'R3',
  'release-notice',
  'receiver',
  'notify-release',
  text(
    'Қабылдаушы босату туралы шешім қабылданғанға дейін он жұмыс күні бұрын жіберуші органды жазбаша хабардар етеді',
    'Принимающая сторона письменно уведомляет направляющий орган за десять рабочих дней до решения об освобождении',
    'The receiver notifies the sending body in writing ten working days before the release decision',
  ),
  { counting: 'before' },
);

export const r3p19Notify = notifyRelease({
  ruleSet: 'R3',
  cite: 'R3 §19',
  actors: ['receiver'],
  notify: ['sender'],
  text: r3ReleaseNotice.text,
  releaseNotice: r3ReleaseNotice,
});

export const r3p19Release = decideRelease({
  ruleSet: 'R3',
  cite: 'R3 §19',
  actors: ['receiver'],
  notify: ['sender', 'seconded-person'],
  text: text(
    'Қабылдаушы лауазымнан босату туралы шешім қабылдады',
    'Принимающая сторона приняла решение об освобождении от должности',
    'The receiver decided the release from the position',
  ),
  releaseNotice: r3ReleaseNotice,
});

/** R3 §19 part 2: on the basis of the receiver's decision the sending body decides the recall (no period set). */
export const r3p19Recall = decideRecall({
  ruleSet: 'R3',
  cite: 'R3 §19',
  actors: ['sender'],
  notify: ['receiver', 'seconded-person'],
  text: text(
    'Жіберуші орган кері шақырту туралы шешім қабылдады',
    'Направляющий орган принял решение об отзыве',
    'The sending body decided the recall',
  ),
  afterRelease: true,
});
