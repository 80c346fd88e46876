import { text } from '../common/localized-text';
import { stepSpec } from '../procedures/obligation-spec';
import { requestApproval } from '../procedures/steps/approval';

/** R1 §15: within three working days of the agreement, to the official routed by §11. */
export const r1ApprovalRequest = stepSpec(
  'R1',
  'approval-request',
  'sender',
  'request-approval',
  text(
    'Уәкілетті орган 11-тармақта көрсетілген лауазымды тұлғаға ұсынысты құжаттармен және қабылдаушының хатының көшірмесімен жолдайды',
    'Уполномоченный орган направляет должностному лицу по пункту 11 предложение с документами и копией письма принимающей стороны',
    'The MFA sends the proposal, the package and a copy of the receiver’s letter to the official named by §11',
  ),
);

export const r1p15Request = requestApproval({
  ruleSet: 'R1',
  cite: 'R1 §15',
  actors: ['sender'],
  notify: ['approver'],
  text: r1ApprovalRequest.text,
  request: r1ApprovalRequest,
});
