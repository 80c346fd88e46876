// R2 §18 — what it prescribes: once the §17 official agrees, the MFA issues the order seconding the
// person to the foreign institution within three working days.
import { text } from '../common/localized-text';
import { withPeriodNote } from '../parameters/period-text';
import { RESOLUTION_536 } from '../parameters/editions';
import { workingDays } from '../parameters/period';
import { deadline } from '../procedures/obligation-spec';
import { issueMfaOrder } from '../procedures/steps/order';

/**
 * R2 §18: the MFA's order within three working days of the §17 agreement. Under §16 part 2 there is
 * no §17 agreement; the three days then run from the MFA's own agreement.
 */
export const r2MfaOrder = deadline({
  ruleSet: 'R2',
  step: 'order',
  cite: 'R2 §18',
  name: 'R2 MFA issues the order',
  actor: 'mfa',
  action: 'issue-order',
  values: [{ edition: RESOLUTION_536, period: workingDays(3) }],
  text: withPeriodNote(
    text(
      'Уәкілетті орган шет елдегі мекемеге іссапарға бару туралы бұйрық қабылдайды',
      'Уполномоченный орган издаёт приказ о прикомандировании в загранучреждение',
      'The MFA issues the order seconding the person to the foreign institution',
    ),
  ),
});

export const r2p18Order = issueMfaOrder({
  ruleSet: 'R2',
  cite: 'R2 §18',
  actors: ['mfa'],
  notify: ['sender', 'seconded-person'],
  text: r2MfaOrder.text,
  order: r2MfaOrder,
});
