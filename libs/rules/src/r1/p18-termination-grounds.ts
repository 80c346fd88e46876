// R1 §18 — what it prescribes: a diplomat's secondment ends (1) when the §8 term expires, (2) by a
// joint written decision of the MFA and the receiving body or organization, (3) for a significant or
// gross disciplinary offence, (4) on reaching the statutory retirement age, or (5) on other grounds
// in RK law or in the charters and other documents of receiving organizations. Ground 1 goes through
// §19, grounds 2–5 through the early recall of §20; ground 2 needs both parties' part first.
import { text, type LocalizedText } from '../common/localized-text';
import { consentToJointRecall, declineJointRecall, proposeJointRecall } from '../procedures/steps/early-recall';

/** R1 §18: the grounds for ending a secondment. Ground 1 ends it through §19, the others through §20. */
export const R1_TERMINATION_GROUNDS: Readonly<Record<number, LocalizedText>> = {
  1: text('іссапар мерзімінің өтуі', 'истечение срока прикомандирования', 'the term has expired'),
  2: text(
    'уәкілетті орган мен қабылдаушының жазбаша бірлескен шешімі',
    'совместное письменное решение уполномоченного органа и принимающей стороны',
    'a joint written decision of the MFA and the receiver',
  ),
  3: text('елеулі немесе өрескел тәртіптік теріс қылық', 'значительный или грубый дисциплинарный проступок', 'a significant or gross disciplinary offence'),
  4: text('зейнеткерлік жасқа толу', 'достижение пенсионного возраста', 'reaching retirement age'),
  5: text(
    'заңнамада, қабылдаушы өзге ұйымдардың жарғылық құжаттарында көзделген өзге негіздер',
    'иные основания по законодательству или уставам принимающих иных организаций',
    'other grounds under RK law or the charters of receiving organizations',
  ),
};

export const R1_EARLY_RECALL_GROUNDS: readonly number[] = [2, 3, 4, 5];

/** R1 §18(2): the joint written decision is the two parties' own: either proposes it, the other signs or declines. */
const jointDecision = { ruleSet: 'R1', cite: 'R1 §18(2)', parties: ['sender', 'receiver'] } as const;

export const r1p18Propose = proposeJointRecall({
  ...jointDecision,
  actors: ['sender', 'receiver'],
  notify: ['sender', 'receiver'],
  text: text(
    'Тараптың бірі мерзімінен бұрын аяқтау туралы бірлескен жазбаша шешімді ұсынды',
    'Одна из сторон предложила совместное письменное решение о досрочном завершении',
    'One party proposed a joint written decision to end the secondment early',
  ),
});

/** R1 §18(2): the party that did not propose signs; the sender may then recall early on this ground. */
export const r1p18Consent = consentToJointRecall({
  ...jointDecision,
  actors: ['sender', 'receiver'],
  notify: ['sender', 'receiver'],
  text: text(
    'Екінші тарап бірлескен жазбаша шешімге келісті',
    'Другая сторона согласилась с совместным письменным решением',
    'The other party consented to the joint written decision',
  ),
});

/** R1 §18(2): the party that did not propose declines; either may propose again. */
export const r1p18Decline = declineJointRecall({
  ...jointDecision,
  actors: ['sender', 'receiver'],
  notify: ['sender', 'receiver'],
  text: text(
    'Екінші тарап бірлескен жазбаша шешімнен бас тартты',
    'Другая сторона отклонила совместное письменное решение',
    'The other party declined the joint written decision',
  ),
});
