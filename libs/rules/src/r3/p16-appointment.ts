import { text } from '../common/localized-text';
import { stepSpec } from '../procedures/obligation-spec';
import { decideAppointment } from '../procedures/steps/appointment';
import { denyApproval, grantApproval } from '../procedures/steps/approval';
import { r3Order } from './p17-order';

/** R3 §16: three working days after the official's agreement, unless a treaty or such a charter says otherwise. */
export const r3AppointmentDecision = stepSpec(
  'R3',
  'appointment-decision',
  'receiver',
  'decide-appointment',
  text(
    'Қабылдаушы лауазымға тағайындау туралы шешім қабылдайды',
    'Принимающая сторона принимает решение о назначении на должность',
    'The receiver decides the appointment to the position',
  ),
);

export const r3p16Grant = grantApproval({
  ruleSet: 'R3',
  cite: 'R3 §16',
  actors: ['approver'],
  notify: ['sender', 'receiver'],
  text: text('Лауазымды тұлға келісті', 'Должностное лицо согласовало', 'The official agreed'),
  next: 'awaiting-appointment',
  opens: r3AppointmentDecision,
});

export const r3p11Deny = denyApproval({
  ruleSet: 'R3',
  cite: 'R3 §11',
  actors: ['approver'],
  notify: ['sender', 'receiver'],
  text: text('Лауазымды тұлға келісуден бас тартты', 'Должностное лицо отказало в согласовании', 'The official refused'),
});

export const r3p16Appoint = decideAppointment({
  ruleSet: 'R3',
  cite: 'R3 §16',
  actors: ['receiver'],
  notify: ['sender'],
  text: r3AppointmentDecision.text,
  decision: r3AppointmentDecision,
  order: r3Order,
});
