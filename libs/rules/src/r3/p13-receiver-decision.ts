// R3 §13 — what it prescribes: the receiver agrees or refuses within ten working days of receiving the
// §12 letter, unless RK treaties or the charters and documents of international organizations or of
// organizations that are not RK organizations say otherwise.
import { text } from '../common/localized-text';
import { withPeriodNote } from '../parameters/period-text';
import { RESOLUTION_755 } from '../parameters/editions';
import { workingDays } from '../parameters/period';
import { deadline } from '../procedures/obligation-spec';
import { agreeProposal, refuseProposal } from '../procedures/steps/review';
import { r3ApprovalRequest } from './p15-approval-request';
import { r3AppointmentDecision } from './p16-appointment';
import { r3ApprovalRoute, r3p11Override } from './p11-approval-routing';
import { overrideClause } from '../deadlines/override-clauses';

/**
 * R3 §13: ten working days from receipt of the letter, unless an RK treaty or the charter of an
 * international or non-RK organization says otherwise.
 */
export const r3ReceiverDecision = deadline({
  ruleSet: 'R3',
  step: 'receiver-decision',
  cite: 'R3 §13',
  name: 'R3 receiver decides on the proposal',
  actor: 'receiver',
  action: 'decide-on-proposal',
  values: [{ edition: RESOLUTION_755, period: workingDays(10) }],
  text: withPeriodNote(
    text(
      'Қабылдаушы ұсынысқа келісетінін не келіспейтінін шешеді',
      'Принимающий орган или организация принимает решение о согласовании предложения или об отказе',
      'The receiver decides to agree to the proposal or to refuse it',
    ),
  ),
});

export const r3p13Agree = agreeProposal({
  route: r3ApprovalRoute,
  routingClause: r3p11Override,
  ruleSet: 'R3',
  cite: 'R3 §13',
  actors: ['receiver'],
  notify: ['sender'],
  text: text('Қабылдаушы ұсынысты келісті', 'Принимающая сторона согласовала предложение', 'The receiver agreed to the proposal'),
  review: [r3ReceiverDecision],
  approvalRequest: r3ApprovalRequest,
  // R3 §11: a ratified treaty may dispense with the official's agreement.
  withoutApproval: { status: 'awaiting-appointment', opens: r3AppointmentDecision },
});

/** R3 §14: after a refusal an interested party may initiate another candidate; no period is set. */
export const r3p13Refuse = refuseProposal({
  ruleSet: 'R3',
  cite: 'R3 §13',
  actors: ['receiver'],
  notify: ['sender'],
  text: text('Қабылдаушы ұсыныстан бас тартты', 'Принимающая сторона отказала в предложении', 'The receiver refused the proposal'),
  review: [r3ReceiverDecision],
});

/** R3 §13: a treaty, or a charter of an organization outside the RK, may set another period for the answer. */
export const r3p13Override = overrideClause('R3 §13', ['treaty', 'charter']);
