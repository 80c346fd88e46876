// R2 §21 — what it prescribes: when the term expires (§20(1)) the MFA decides to release the person
// from the position and notifies the sending body in writing ten working days before that decision; on
// it, the sending body decides the recall.
import { text } from '../common/localized-text';
import { periodText, withPeriodNote } from '../parameters/period-text';
import { RESOLUTION_536 } from '../parameters/editions';
import { workingDays } from '../parameters/period';
import { deadline } from '../procedures/obligation-spec';
import { decideRecall, decideRelease, notifyRelease } from '../procedures/steps/expiry';

/** R2 §21 part 1: the MFA notifies the sending body in writing ten working days before its release decision. */
export const r2ReleaseNotice = deadline({
  ruleSet: 'R2',
  step: 'release-notice',
  cite: 'R2 §21',
  name: 'R2 MFA gives notice before the release',
  actor: 'mfa',
  action: 'notify-release',
  values: [{ edition: RESOLUTION_536, period: workingDays(10) }],
  text: (p) => {
    const n = periodText(p);
    return text(
      `Уәкілетті орган босату туралы шешім қабылданғанға дейін кемінде ${n.kk} бұрын жіберуші органды жазбаша хабардар етеді`,
      `Уполномоченный орган письменно уведомляет направляющий орган не позднее чем за ${n.ru} до решения об освобождении`,
      `The MFA notifies the sending body in writing at least ${n.en} before the release decision`,
    );
  },
  counting: 'before',
});

export const r2p21Notify = notifyRelease({
  ruleSet: 'R2',
  cite: 'R2 §21',
  actors: ['mfa'],
  notify: ['sender'],
  text: r2ReleaseNotice.text,
  releaseNotice: r2ReleaseNotice,
  groundsCite: 'R2 §20',
});

export const r2p21Release = decideRelease({
  ruleSet: 'R2',
  cite: 'R2 §21',
  actors: ['mfa'],
  notify: ['sender', 'seconded-person'],
  text: text(
    'Уәкілетті орган лауазымнан босату туралы шешім қабылдады',
    'Уполномоченный орган принял решение об освобождении от должности',
    'The MFA decided the release from the position',
  ),
  releaseNotice: r2ReleaseNotice,
  groundsCite: 'R2 §20',
});

/** R2 §21 part 2: on the basis of the MFA's decision the sending body decides the recall (no period set). */
export const r2p21Recall = decideRecall({
  ruleSet: 'R2',
  cite: 'R2 §21',
  actors: ['sender'],
  notify: ['mfa', 'seconded-person'],
  text: text(
    'Жіберуші орган шет елдегі мекемеден кері шақырту туралы шешім қабылдады',
    'Направляющий орган принял решение об отзыве из загранучреждения',
    'The sending body decided the recall from the foreign institution',
  ),
  afterRelease: true,
});
