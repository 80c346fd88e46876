// R3 §16 — what it prescribes: once the §11 official agrees, the receiver decides the appointment
// within three working days, unless RK treaties or such charters say otherwise.
import { text } from '../common/localized-text';
import { withPeriodNote } from '../parameters/period-text';
import { RESOLUTION_755 } from '../parameters/editions';
import { workingDays } from '../parameters/period';
import { deadline } from '../procedures/obligation-spec';
import { decideAppointment } from '../procedures/steps/appointment';
import { grantApproval } from '../procedures/steps/approval';
import { r3Order } from './p17-order';
import { overrideClause } from '../deadlines/override-clauses';

/** R3 §16: three working days after the official's agreement, unless a treaty or such a charter says otherwise. */
export const r3AppointmentDecision = deadline({
  ruleSet: 'R3',
  step: 'appointment-decision',
  cite: 'R3 §16',
  name: 'R3 receiver decides the appointment',
  actor: 'receiver',
  action: 'decide-appointment',
  values: [{ edition: RESOLUTION_755, period: workingDays(3) }],
  text: withPeriodNote(
    text(
      'Қабылдаушы лауазымға тағайындау туралы шешім қабылдайды',
      'Принимающая сторона принимает решение о назначении на должность',
      'The receiver decides the appointment to the position',
    ),
  ),
});

export const r3p16Grant = grantApproval({
  ruleSet: 'R3',
  cite: 'R3 §16',
  actors: ['approver'],
  notify: ['sender', 'receiver'],
  text: text('Лауазымды тұлға келісті', 'Должностное лицо согласовало', 'The official agreed'),
  next: 'awaiting-appointment',
  opens: r3AppointmentDecision,
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

/** R3 §16: a treaty, or a charter of an organization outside the RK, may set another period for the appointment. */
export const r3p16Override = overrideClause('R3 §16', ['treaty', 'charter']);
