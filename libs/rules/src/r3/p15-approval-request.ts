import { text } from '../common/localized-text';
import { stepSpec } from '../procedures/obligation-spec';
import { requestApproval } from '../procedures/steps/approval';

/** R3 §15: within three working days of the agreement, to the official routed by §11. */
export const r3ApprovalRequest = stepSpec(
  'R3',
  'approval-request',
  'sender',
  'request-approval',
  text(
    'Жіберуші орган 11-тармақта көрсетілген лауазымды тұлғаға ұсынысты құжаттармен және қабылдаушының хатының көшірмесімен жолдайды',
    'Направляющий орган направляет должностному лицу по пункту 11 предложение с документами и копией письма принимающей стороны',
    'The sending body sends the proposal, the package and a copy of the receiver’s letter to the official named by §11',
  ),
);

export const r3p15Request = requestApproval({
  ruleSet: 'R3',
  cite: 'R3 §15',
  actors: ['sender'],
  notify: ['approver'],
  text: r3ApprovalRequest.text,
  request: r3ApprovalRequest,
});
