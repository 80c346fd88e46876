import { text } from '../common/localized-text';
import { stepSpec } from '../procedures/obligation-spec';
import { requestApproval } from '../procedures/steps/approval';

/** R2 §16 part 1: within three working days of the MFA's agreement, a letter to the Presidential Administration. */
export const r2ApprovalRequest = stepSpec(
  'R2',
  'approval-request',
  'sender',
  'request-approval',
  text(
    'Жіберуші орган Президент Әкімшілігіне құжаттармен және уәкілетті орган хатының көшірмесімен хат жолдайды',
    'Направляющий орган направляет в Администрацию Президента письмо с документами и копией письма уполномоченного органа',
    'The sending body writes to the Presidential Administration with the package and a copy of the MFA’s letter',
  ),
);

export const r2p16Request = requestApproval({
  ruleSet: 'R2',
  cite: 'R2 §16',
  actors: ['sender'],
  notify: ['approver'],
  text: r2ApprovalRequest.text,
  request: r2ApprovalRequest,
});
