// R1 §13 — what it prescribes: the receiver agrees to the proposal or refuses it within ten working
// days of receiving the §12 letter, unless the charter or other documents of an organization that is
// not an RK organization say otherwise.
import { text } from '../common/localized-text';
import { withPeriodNote } from '../parameters/period-text';
import { RESOLUTION_206 } from '../parameters/editions';
import { workingDays } from '../parameters/period';
import { deadline } from '../procedures/obligation-spec';
import { agreeProposal, refuseProposal } from '../procedures/steps/review';
import { r1ApprovalRequest } from './p15-approval-request';
import { r1AppointmentDecision } from './p16-appointment';
import { r1Replacement } from './p14-replacement-candidate';
import { r1ApprovalRoute } from './p11-approval-routing';
import { overrideClause } from '../deadlines/override-clauses';

/** R1 §13: ten working days from receipt of the letter, unless a non-RK organization's charter says otherwise. */
export const r1ReceiverDecision = deadline({
  ruleSet: 'R1',
  step: 'receiver-decision',
  cite: 'R1 §13',
  name: 'R1 receiver decides on the proposal',
  actor: 'receiver',
  action: 'decide-on-proposal',
  values: [{ edition: RESOLUTION_206, period: workingDays(10) }],
  text: withPeriodNote(
    text(
      'Қабылдаушы ұсынысқа келісетінін не келіспейтінін шешеді',
      'Принимающий орган или организация принимает решение о согласовании предложения или об отказе',
      'The receiver decides to agree to the proposal or to refuse it',
    ),
  ),
});

export const r1p13Agree = agreeProposal({
  route: r1ApprovalRoute,
  ruleSet: 'R1',
  cite: 'R1 §13',
  actors: ['receiver'],
  notify: ['sender'],
  text: text('Қабылдаушы ұсынысты келісті', 'Принимающая сторона согласовала предложение', 'The receiver agreed to the proposal'),
  review: [r1ReceiverDecision],
  approvalRequest: r1ApprovalRequest,
  // R1 §11 always names an official; this branch is never taken in R1.
  withoutApproval: { status: 'awaiting-appointment', opens: r1AppointmentDecision },
});

export const r1p13Refuse = refuseProposal({
  ruleSet: 'R1',
  cite: 'R1 §13',
  actors: ['receiver'],
  notify: ['sender'],
  text: text('Қабылдаушы ұсыныстан бас тартты', 'Принимающая сторона отказала в предложении', 'The receiver refused the proposal'),
  review: [r1ReceiverDecision],
  replacement: r1Replacement,
});

/** R1 §13: a charter of an organization outside the RK may set another period for the answer. */
export const r1p13Override = overrideClause('R1 §13', ['charter']);
