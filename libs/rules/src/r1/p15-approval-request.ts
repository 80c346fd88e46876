// R1 §15 — what it prescribes: once the receiver agrees, the MFA sends the proposal, the §12 documents
// and a copy of the receiver's letter to the §11 official within three working days.
import { text } from '../common/localized-text';
import { withPeriodNote } from '../parameters/period-text';
import { RESOLUTION_206 } from '../parameters/editions';
import { workingDays } from '../parameters/period';
import { deadline } from '../procedures/obligation-spec';
import { requestApproval } from '../procedures/steps/approval';

/** R1 §15: within three working days of the agreement, to the official routed by §11. */
export const r1ApprovalRequest = deadline({
  ruleSet: 'R1',
  step: 'approval-request',
  cite: 'R1 §15',
  name: 'R1 MFA sends the proposal for approval',
  actor: 'sender',
  action: 'request-approval',
  values: [{ edition: RESOLUTION_206, period: workingDays(3) }],
  text: withPeriodNote(
    text(
      'Уәкілетті орган 11-тармақта көрсетілген лауазымды тұлғаға ұсынысты құжаттармен және қабылдаушының хатының көшірмесімен жолдайды',
      'Уполномоченный орган направляет должностному лицу по пункту 11 предложение с документами и копией письма принимающей стороны',
      'The MFA sends the proposal, the package and a copy of the receiver’s letter to the official named by §11',
    ),
  ),
});

export const r1p15Request = requestApproval({
  ruleSet: 'R1',
  cite: 'R1 §15',
  actors: ['sender'],
  notify: ['approver'],
  text: r1ApprovalRequest.text,
  request: r1ApprovalRequest,
});
