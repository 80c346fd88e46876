// R2 §20 — what it prescribes: a secondment to a foreign institution ends (1) when the §8 term
// expires, (2) by an agreed joint written decision of the sending body and the MFA, (3) on the grounds
// for recalling diplomatic service personnel under the Law on Diplomatic Service, (4) for a significant
// or gross disciplinary offence (a National Bank employee: any disciplinary offence), (5) on reaching
// the statutory retirement age, or (6) on other grounds for ending civil service in RK law. Ground 1
// goes through §21, grounds 2–6 through the early recall of §22; ground 2 needs both parties' part first.
import { text, type LocalizedText } from '../common/localized-text';
import { consentToJointRecall, proposeJointRecall } from '../procedures/steps/early-recall';

/** R2 §20: the grounds for ending a secondment. Ground 1 ends it through §21, the others through §22. */
export const R2_TERMINATION_GROUNDS: Readonly<Record<number, LocalizedText>> = {
  1: text('іссапар мерзімінің өтуі', 'истечение срока прикомандирования', 'the term has expired'),
  2: text(
    'жіберуші орган мен уәкілетті органның жазбаша бірлескен шешімі',
    'совместное письменное решение направляющего органа и уполномоченного органа',
    'a joint written decision of the sending body and the MFA',
  ),
  3: text(
    'дипломатиялық қызмет персоналын кері шақыртып алу негіздері',
    'основания отзыва персонала дипломатической службы',
    'grounds for recalling diplomatic service personnel under the Law on Diplomatic Service',
  ),
  4: text(
    'елеулі немесе өрескел тәртіптік теріс қылық (Ұлттық Банк қызметкері үшін – тәртіптік теріс қылық)',
    'значительный или грубый дисциплинарный проступок (для работника Национального Банка – дисциплинарный проступок)',
    'a significant or gross disciplinary offence (a National Bank employee: a disciplinary offence)',
  ),
  5: text('зейнеткерлік жасқа толу', 'достижение пенсионного возраста', 'reaching retirement age'),
  6: text(
    'мемлекеттік қызметті аяқтаудың өзге негіздері',
    'иные основания прекращения государственной службы',
    'other grounds for ending civil service under RK law',
  ),
};

export const R2_EARLY_RECALL_GROUNDS: readonly number[] = [2, 3, 4, 5, 6];

/** R2 §20(2): the sender proposes the joint written decision; the mfa is told, to sign or not. */
export const r2p20Propose = proposeJointRecall({
  ruleSet: 'R2',
  cite: 'R2 §20(2)',
  actors: ['sender'],
  notify: ['mfa'],
  text: text('Жіберуші орган мерзімінен бұрын кері шақырту туралы бірлескен жазбаша шешімді ұсынды', 'Направляющий орган предложил совместное письменное решение о досрочном отзыве', 'The sending body proposed a joint written decision to end the secondment early'),
});

/** R2 §20(2): the mfa signs the joint decision through its own service; the sender may then recall early. */
export const r2p20Consent = consentToJointRecall({
  ruleSet: 'R2',
  cite: 'R2 §20(2)',
  actors: ['mfa'],
  notify: ['sender'],
  text: text('Уәкілетті орган бірлескен жазбаша шешімге келісті', 'Уполномоченный орган согласился с совместным письменным решением', 'The MFA consented to the joint written decision'),
});
