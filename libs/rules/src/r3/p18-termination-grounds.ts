// R3 §18 — what it prescribes: a civil servant's secondment ends (1) when the §8 term expires, (2) by
// a joint written decision of the sending body and the receiving body or organization, (3) for a
// significant or gross disciplinary offence, (4) on reaching the statutory retirement age, or (5) on
// other grounds in RK law, RK treaties or organizations' charters and other documents. Ground 1 goes
// through §19, grounds 2–5 through the early recall of §20; ground 2 needs both parties' part first.
import { text, type LocalizedText } from '../common/localized-text';
import { consentToJointRecall, proposeJointRecall } from '../procedures/steps/early-recall';

/** R3 §18: the grounds for ending a secondment. Ground 1 ends it through §19, the others through §20. */
export const R3_TERMINATION_GROUNDS: Readonly<Record<number, LocalizedText>> = {
  1: text('іссапар мерзімінің өтуі', 'истечение срока прикомандирования', 'the term has expired'),
  2: text(
    'жіберуші орган мен қабылдаушының жазбаша бірлескен шешімі',
    'совместное письменное решение направляющего органа и принимающей стороны',
    'a joint written decision of the sending body and the receiver',
  ),
  3: text('елеулі немесе өрескел тәртіптік теріс қылық', 'значительный или грубый дисциплинарный проступок', 'a significant or gross disciplinary offence'),
  4: text('зейнеткерлік жасқа толу', 'достижение пенсионного возраста', 'reaching retirement age'),
  5: text(
    'заңнамада, халықаралық шарттарда, ұйымдардың жарғылық құжаттарында көзделген өзге негіздер',
    'иные основания по законодательству, международным договорам или уставам организаций',
    'other grounds under RK law, RK treaties or the charters of organizations',
  ),
};

export const R3_EARLY_RECALL_GROUNDS: readonly number[] = [2, 3, 4, 5];

/** R3 §18(2): the sender proposes the joint written decision; the receiver is told, to sign or not. */
export const r3p18Propose = proposeJointRecall({
  ruleSet: 'R3',
  cite: 'R3 §18(2)',
  actors: ['sender'],
  notify: ['receiver'],
  text: text('Жіберуші орган мерзімінен бұрын кері шақырту туралы бірлескен жазбаша шешімді ұсынды', 'Направляющий орган предложил совместное письменное решение о досрочном отзыве', 'The sending body proposed a joint written decision to end the secondment early'),
});

/** R3 §18(2): the receiver signs the joint decision through its own service; the sender may then recall early. */
export const r3p18Consent = consentToJointRecall({
  ruleSet: 'R3',
  cite: 'R3 §18(2)',
  actors: ['receiver'],
  notify: ['sender'],
  text: text('Қабылдаушы бірлескен жазбаша шешімге келісті', 'Принимающая сторона согласилась с совместным письменным решением', 'The receiver consented to the joint written decision'),
});
