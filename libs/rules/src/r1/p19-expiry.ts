// R1 §19 — what it prescribes: when the term expires (§18(1)) the receiver decides to release the
// diplomat from the position and notifies the MFA in writing ten working days before that decision; on
// it, the MFA decides the recall within five working days of receiving the notice.
import { text } from '../common/localized-text';
import { periodText, withPeriodNote } from '../parameters/period-text';
import { RESOLUTION_206 } from '../parameters/editions';
import { workingDays } from '../parameters/period';
import { deadline } from '../procedures/obligation-spec';
import { decideRecall, decideRelease, notifyRelease } from '../procedures/steps/expiry';

/** R1 §19 part 1: written notice to the MFA before the release decision (due before the term ends). */
export const r1ReleaseNotice = deadline({
  ruleSet: 'R1',
  step: 'release-notice',
  cite: 'R1 §19',
  name: 'R1 receiver gives notice before the release',
  actor: 'receiver',
  action: 'notify-release',
  values: [{ edition: RESOLUTION_206, period: workingDays(10) }],
  text: (p) => {
    const n = periodText(p);
    return text(
      `Қабылдаушы босату туралы шешім қабылданғанға дейін кемінде ${n.kk} бұрын уәкілетті органды жазбаша хабардар етеді`,
      `Принимающая сторона письменно уведомляет уполномоченный орган не позднее чем за ${n.ru} до решения об освобождении`,
      `The receiver notifies the MFA in writing at least ${n.en} before the release decision`,
    );
  },
  counting: 'before',
});

/** R1 §19 part 2: the MFA decides the recall counting from receipt of the notice. */
export const r1RecallDecision = deadline({
  ruleSet: 'R1',
  step: 'recall-decision',
  cite: 'R1 §19',
  name: 'R1 MFA decides the recall',
  actor: 'sender',
  action: 'decide-recall',
  values: [{ edition: RESOLUTION_206, period: workingDays(5) }],
  text: withPeriodNote(
    text(
      'Уәкілетті орган хабарлама түскен күннен бастап кері шақырту туралы шешім қабылдайды',
      'Уполномоченный орган со дня получения уведомления принимает решение об отзыве',
      'The MFA decides the recall counting from receipt of the notice',
    ),
  ),
});

export const r1p19Notify = notifyRelease({
  ruleSet: 'R1',
  cite: 'R1 §19',
  actors: ['receiver'],
  notify: ['sender'],
  text: r1ReleaseNotice.text,
  releaseNotice: r1ReleaseNotice,
  groundsCite: 'R1 §18',
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
  groundsCite: 'R1 §18',
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
