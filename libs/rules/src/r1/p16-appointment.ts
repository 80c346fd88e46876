// R1 §16 — what it prescribes: once the §11 official agrees, the receiver decides the appointment
// within three working days, unless the charter or other documents of an organization that is not an
// RK organization say otherwise. (A refusal by the official is a §11 decision; the rules give it no
// further step.)
import { text } from '../common/localized-text';
import { withPeriodNote } from '../parameters/period-text';
import { RESOLUTION_206 } from '../parameters/editions';
import { workingDays } from '../parameters/period';
import { deadline } from '../procedures/obligation-spec';
import { decideAppointment } from '../procedures/steps/appointment';
import { grantApproval } from '../procedures/steps/approval';
import { r1Order } from './p17-order';
import { overrideClause } from '../deadlines/override-clauses';

/** R1 §16: three working days after the official's agreement, unless a non-RK organization's charter says otherwise. */
export const r1AppointmentDecision = deadline({
  ruleSet: 'R1',
  step: 'appointment-decision',
  cite: 'R1 §16',
  name: 'R1 receiver decides the appointment',
  actor: 'receiver',
  action: 'decide-appointment',
  values: [{ edition: RESOLUTION_206, period: workingDays(3) }],
  text: withPeriodNote(
    text(
      'Қабылдаушы лауазымға тағайындау туралы шешім қабылдайды',
      'Принимающая сторона принимает решение о назначении на должность',
      'The receiver decides the appointment to the position',
    ),
  ),
});

export const r1p16Grant = grantApproval({
  ruleSet: 'R1',
  cite: 'R1 §16',
  actors: ['approver'],
  notify: ['sender', 'receiver'],
  text: text('Лауазымды тұлға келісті', 'Должностное лицо согласовало', 'The official agreed'),
  next: 'awaiting-appointment',
  opens: r1AppointmentDecision,
});

export const r1p16Appoint = decideAppointment({
  ruleSet: 'R1',
  cite: 'R1 §16',
  actors: ['receiver'],
  notify: ['sender'],
  text: r1AppointmentDecision.text,
  decision: r1AppointmentDecision,
  order: r1Order,
});

/** R1 §16: a charter of an organization outside the RK may set another period for the appointment. */
export const r1p16Override = overrideClause('R1 §16', ['charter']);
