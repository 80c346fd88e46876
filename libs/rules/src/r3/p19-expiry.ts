// R3 §19 — what it prescribes: when the term expires (§18(1)) the receiver decides to release the
// civil servant and notifies the sending body in writing ten working days before that decision; on it,
// the sending body decides the recall.
import { text } from '../common/localized-text';
import { periodText, withPeriodNote } from '../parameters/period-text';
import { RESOLUTION_755 } from '../parameters/editions';
import { workingDays } from '../parameters/period';
import { deadline } from '../procedures/obligation-spec';
import { decideRecall, decideRelease, notifyRelease } from '../procedures/steps/expiry';

/** R3 §19 part 1: written notice to the sending body before the release decision. */
export const r3ReleaseNotice = deadline({
  ruleSet: 'R3',
  step: 'release-notice',
  cite: 'R3 §19',
  name: 'R3 receiver gives notice before the release',
  actor: 'receiver',
  action: 'notify-release',
  values: [{ edition: RESOLUTION_755, period: workingDays(10) }],
  text: (p) => {
    const n = periodText(p);
    return text(
      `Қабылдаушы босату туралы шешім қабылданғанға дейін кемінде ${n.kk} бұрын жіберуші органды жазбаша хабардар етеді`,
      `Принимающая сторона письменно уведомляет направляющий орган не позднее чем за ${n.ru} до решения об освобождении`,
      `The receiver notifies the sending body in writing at least ${n.en} before the release decision`,
    );
  },
  counting: 'before',
});

export const r3p19Notify = notifyRelease({
  ruleSet: 'R3',
  cite: 'R3 §19',
  actors: ['receiver'],
  notify: ['sender'],
  text: r3ReleaseNotice.text,
  releaseNotice: r3ReleaseNotice,
  groundsCite: 'R3 §18',
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
  groundsCite: 'R3 §18',
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
