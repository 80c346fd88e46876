import { text } from '../common/localized-text';
import { stepSpec } from '../procedures/obligation-spec';
import { decideRecall, decideRelease, notifyRelease } from '../procedures/steps/expiry';

/** R2 §21 part 1: the MFA notifies the sending body in writing ten working days before its release decision. */
export const r2ReleaseNotice = stepSpec(
  'R2',
  'release-notice',
  'mfa',
  'notify-release',
  text(
    'Уәкілетті орган босату туралы шешім қабылданғанға дейін он жұмыс күні бұрын жіберуші органды жазбаша хабардар етеді',
    'Уполномоченный орган письменно уведомляет направляющий орган за десять рабочих дней до решения об освобождении',
    'The MFA notifies the sending body in writing ten working days before the release decision',
  ),
  { counting: 'before' },
);

export const r2p21Notify = notifyRelease({
  ruleSet: 'R2',
  cite: 'R2 §21',
  actors: ['mfa'],
  notify: ['sender'],
  text: r2ReleaseNotice.text,
  releaseNotice: r2ReleaseNotice,
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
