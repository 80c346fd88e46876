// R2 §20 — what it prescribes: a secondment to a foreign institution ends (1) when the §8 term
// expires, (2) by an agreed joint written decision of the sending body and the MFA, (3) on the grounds
// for recalling diplomatic service personnel under the Law on Diplomatic Service, (4) for a significant
// or gross disciplinary offence (a National Bank employee: any disciplinary offence), (5) on reaching
// the statutory retirement age, or (6) on other grounds for ending civil service in RK law. Ground 1
// goes through §21, grounds 2–6 through the early recall of §22; ground 2 needs both parties' part first.
import { text } from '../common/localized-text';
import { consentToJointRecall, declineJointRecall, proposeJointRecall } from '../procedures/steps/early-recall';

/** R2 §20: every ground but the first (the term's end, §21) ends the secondment through the early recall of §22. */
export const R2_EARLY_RECALL_GROUNDS: readonly number[] = [2, 3, 4, 5, 6];

/** R2 §20(2): the joint written decision is the two parties' own: either proposes it, the other signs or declines. */
const jointDecision = { ruleSet: 'R2', cite: 'R2 §20(2)', parties: ['sender', 'mfa'] } as const;

export const r2p20Propose = proposeJointRecall({
  ...jointDecision,
  actors: ['sender', 'mfa'],
  notify: ['sender', 'mfa'],
  text: text(
    'Тараптың бірі мерзімінен бұрын аяқтау туралы бірлескен жазбаша шешімді ұсынды',
    'Одна из сторон предложила совместное письменное решение о досрочном завершении',
    'One party proposed a joint written decision to end the secondment early',
  ),
});

/** R2 §20(2): the party that did not propose signs; the sender may then recall early on this ground. */
export const r2p20Consent = consentToJointRecall({
  ...jointDecision,
  actors: ['sender', 'mfa'],
  notify: ['sender', 'mfa'],
  text: text(
    'Екінші тарап бірлескен жазбаша шешімге келісті',
    'Другая сторона согласилась с совместным письменным решением',
    'The other party consented to the joint written decision',
  ),
});

/** R2 §20(2): the party that did not propose declines; either may propose again. */
export const r2p20Decline = declineJointRecall({
  ...jointDecision,
  actors: ['sender', 'mfa'],
  notify: ['sender', 'mfa'],
  text: text(
    'Екінші тарап бірлескен жазбаша шешімнен бас тартты',
    'Другая сторона отклонила совместное письменное решение',
    'The other party declined the joint written decision',
  ),
});
