// R2 §16 — what it prescribes: once the MFA agrees, the sending body writes to the Presidential
// Administration within three working days, with the §13 documents and a copy of the MFA's letter; not
// needed when the candidate is a civil servant of the Presidential Administration and the MFA has
// agreed.
import { text } from '../common/localized-text';
import { withPeriodNote } from '../parameters/period-text';
import { RESOLUTION_536 } from '../parameters/editions';
import { workingDays } from '../parameters/period';
import { deadline } from '../procedures/obligation-spec';
import { requestApproval } from '../procedures/steps/approval';

/** R2 §16 part 1: within three working days of the MFA's agreement, a letter to the Presidential Administration. */
export const r2ApprovalRequest = deadline({
  ruleSet: 'R2',
  step: 'approval-request',
  cite: 'R2 §16',
  name: 'R2 sending body writes to the Presidential Administration',
  actor: 'sender',
  action: 'request-approval',
  values: [{ edition: RESOLUTION_536, period: workingDays(3) }],
  text: withPeriodNote(
    text(
      'Жіберуші орган Президент Әкімшілігіне құжаттармен және уәкілетті орган хатының көшірмесімен хат жолдайды',
      'Направляющий орган направляет в Администрацию Президента письмо с документами и копией письма уполномоченного органа',
      'The sending body writes to the Presidential Administration with the package and a copy of the MFA’s letter',
    ),
  ),
});

export const r2p16Request = requestApproval({
  ruleSet: 'R2',
  cite: 'R2 §16',
  actors: ['sender'],
  notify: ['approver'],
  text: r2ApprovalRequest.text,
  request: r2ApprovalRequest,
});
