// R1 §18 — what it prescribes: a diplomat's secondment ends (1) when the §8 term expires, (2) by a
// joint written decision of the MFA and the receiving body or organization, (3) for a significant or
// gross disciplinary offence, (4) on reaching the statutory retirement age, or (5) on other grounds
// in RK law or in the charters and other documents of receiving organizations. Ground 1 goes through
// §19, grounds 2–5 through the early recall of §20; ground 2 needs both parties' part first.
import { text } from '../common/localized-text';
import { consentToJointRecall, declineJointRecall, proposeJointRecall } from '../procedures/steps/early-recall';

/** R1 §18: every ground but the first (the term's end, §19) ends the secondment through the early recall of §20. */
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
