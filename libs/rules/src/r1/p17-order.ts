// R1 §17 — what it prescribes: on the copy of the receiver's confirming document the MFA issues,
// within three working days of receiving it, the secondment order effective from the date that
// document sets; a copy or extract of the order and a copy of the personal file go to the receiver
// within five working days of signing the order.
import { text } from '../common/localized-text';
import { withPeriodNote } from '../parameters/period-text';
import { RESOLUTION_206 } from '../parameters/editions';
import { workingDays } from '../parameters/period';
import { deadline } from '../procedures/obligation-spec';
import { onceWhileServing } from '../procedures/steps/once-while-serving';
import { issueSecondmentOrder } from '../procedures/steps/order';
import { r1Term } from './p08-term';
import { r1ReleaseNotice } from './p19-expiry';

/** R1 §17: the order within three working days of receiving the copy of the confirming document. */
export const r1Order = deadline({
  ruleSet: 'R1',
  step: 'order',
  cite: 'R1 §17',
  name: 'R1 MFA issues the secondment order',
  actor: 'sender',
  action: 'issue-order',
  values: [{ edition: RESOLUTION_206, period: workingDays(3) }],
  text: withPeriodNote(
    text(
      'Уәкілетті орган растаушы құжатта белгіленген күннен бастап іссапарға бару туралы бұйрық шығарады',
      'Уполномоченный орган издаёт приказ о прикомандировании с даты, указанной в подтверждающем документе',
      'The MFA issues the secondment order effective from the date in the confirming document',
    ),
  ),
});

/** R1 §17: copy or extract of the order and copy of the personal file within five working days of signing. */
export const r1PersonalFile = deadline({
  ruleSet: 'R1',
  step: 'personal-file',
  cite: 'R1 §17',
  name: 'R1 MFA sends the order and the personal file',
  actor: 'sender',
  action: 'send-order-and-personal-file',
  values: [{ edition: RESOLUTION_206, period: workingDays(5) }],
  text: withPeriodNote(
    text(
      'Бұйрықтың көшірмесі немесе үзіндісі және жеке істің көшірмесі қабылдаушыға жіберіледі',
      'Копия или выписка приказа и копия личного дела направляются принимающей стороне',
      'A copy or extract of the order and a copy of the personal file go to the receiver',
    ),
  ),
});

export const r1p17Order = issueSecondmentOrder({
  ruleSet: 'R1',
  cite: 'R1 §17',
  actors: ['sender'],
  notify: ['receiver', 'seconded-person'],
  text: r1Order.text,
  order: r1Order,
  personalFile: r1PersonalFile,
  releaseNotice: r1ReleaseNotice,
  term: r1Term,
});

export const r1p17PersonalFile = onceWhileServing({
  ruleSet: 'R1',
  cite: 'R1 §17',
  actors: ['sender'],
  notify: ['receiver'],
  text: r1PersonalFile.text,
  event: 'PersonalFileTransferred',
  field: 'personalFileSentOn',
  fulfils: r1PersonalFile,
});
