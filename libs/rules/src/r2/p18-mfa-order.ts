import { text } from '../common/localized-text';
import { stepSpec } from '../procedures/obligation-spec';
import { issueMfaOrder } from '../procedures/steps/order';

/**
 * R2 §18: the MFA's order within three working days of the §17 agreement. Under §16 part 2 there is
 * no §17 agreement; the three days then run from the MFA's own agreement.
 */
export const r2MfaOrder = stepSpec(
  'R2',
  'order',
  'mfa',
  'issue-order',
  text(
    'Уәкілетті орган шет елдегі мекемеге іссапарға бару туралы бұйрық қабылдайды',
    'Уполномоченный орган издаёт приказ о прикомандировании в загранучреждение',
    'The MFA issues the order seconding the person to the foreign institution',
  ),
);

export const r2p18Order = issueMfaOrder({
  ruleSet: 'R2',
  cite: 'R2 §18',
  actors: ['mfa'],
  notify: ['sender', 'seconded-person'],
  text: r2MfaOrder.text,
  order: r2MfaOrder,
});
