// R3 §17 — what it prescribes: on the copy of the receiver's confirming document the sending body
// issues, within three working days of receiving it, the secondment order effective from the date that
// document sets; a copy or extract of the order and a copy of the personal file go to the receiver (no
// period is set).
import { text } from '../common/localized-text';
import { withPeriodNote } from '../parameters/period-text';
import { RESOLUTION_755 } from '../parameters/editions';
import { workingDays } from '../parameters/period';
import { deadline } from '../procedures/obligation-spec';
import { onceWhileServing } from '../procedures/steps/once-while-serving';
import { issueSecondmentOrder } from '../procedures/steps/order';
import { r3Term } from './p08-term';
import { r3ReleaseNotice } from './p19-expiry';

/** R3 §17: the order within three working days of receiving the copy of the confirming document. */
export const r3Order = deadline({
  ruleSet: 'R3',
  step: 'order',
  cite: 'R3 §17',
  name: 'R3 sending body issues the secondment order',
  actor: 'sender',
  action: 'issue-order',
  values: [{ edition: RESOLUTION_755, period: workingDays(3) }],
  text: withPeriodNote(
    text(
      'Жіберуші орган растаушы құжатта белгіленген күннен бастап іссапарға бару туралы бұйрық шығарады',
      'Направляющий орган издаёт приказ о прикомандировании с даты, указанной в подтверждающем документе',
      'The sending body issues the secondment order effective from the date in the confirming document',
    ),
  ),
});

export const r3p17Order = issueSecondmentOrder({
  ruleSet: 'R3',
  cite: 'R3 §17',
  actors: ['sender'],
  notify: ['receiver', 'seconded-person'],
  text: r3Order.text,
  order: r3Order,
  releaseNotice: r3ReleaseNotice,
  term: r3Term,
});

/** R3 §17 second sentence: the order and the personal file are sent; unlike R1, no period is set. */
export const r3p17PersonalFile = onceWhileServing({
  ruleSet: 'R3',
  cite: 'R3 §17',
  actors: ['sender'],
  notify: ['receiver'],
  text: text(
    'Бұйрықтың көшірмесі немесе үзіндісі және жеке істің көшірмесі қабылдаушыға жіберіледі',
    'Копия или выписка приказа и копия личного дела направляются принимающей стороне',
    'A copy or extract of the order and a copy of the personal file go to the receiver',
  ),
  event: 'PersonalFileTransferred',
  field: 'personalFileSentOn',
});
