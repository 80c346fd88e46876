// R3 §15 — what it prescribes: once the receiver agrees, the sending body sends the proposal, the §12
// documents and a copy of the receiver's letter to the §11 official within three working days.
import { text } from '../common/localized-text';
import { withPeriodNote } from '../parameters/period-text';
import { RESOLUTION_755 } from '../parameters/editions';
import { workingDays } from '../parameters/period';
import { deadline } from '../procedures/obligation-spec';
import { requestApproval } from '../procedures/steps/approval';

/** R3 §15: within three working days of the agreement, to the official routed by §11. */
export const r3ApprovalRequest = deadline({
  ruleSet: 'R3',
  step: 'approval-request',
  cite: 'R3 §15',
  name: 'R3 sending body sends the proposal for approval',
  actor: 'sender',
  action: 'request-approval',
  values: [{ edition: RESOLUTION_755, period: workingDays(3) }],
  text: withPeriodNote(
    text(
      'Жіберуші орган 11-тармақта көрсетілген лауазымды тұлғаға ұсынысты құжаттармен және қабылдаушының хатының көшірмесімен жолдайды',
      'Направляющий орган направляет должностному лицу по пункту 11 предложение с документами и копией письма принимающей стороны',
      'The sending body sends the proposal, the package and a copy of the receiver’s letter to the official named by §11',
    ),
  ),
});

export const r3p15Request = requestApproval({
  ruleSet: 'R3',
  cite: 'R3 §15',
  actors: ['sender'],
  notify: ['approver'],
  text: r3ApprovalRequest.text,
  request: r3ApprovalRequest,
});
