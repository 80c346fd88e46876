// R2 §14 — what it prescribes: the MFA checks the documents and interviews the candidate within at
// most fifteen working days, and agrees or refuses within three months of receiving the §13 letter.
import { text } from '../common/localized-text';
import { withPeriodNote } from '../parameters/period-text';
import { RESOLUTION_536 } from '../parameters/editions';
import { months, workingDays } from '../parameters/period';
import { deadline } from '../procedures/obligation-spec';
import { agreeProposal, interviewCandidate, refuseProposal } from '../procedures/steps/review';
import { r2Replacement } from './p15-replacement-candidate';
import { r2ApprovalRequest } from './p16-approval-request';
import { r2MfaOrder } from './p18-mfa-order';
import { r2ApprovalRoute } from './p16-approval-routing';

/**
 * R2 §14 part 1: documents checked and candidate interviewed within at most fifteen working days.
 * The paragraph does not say from when; counted, like part 2, from receipt of the letter.
 */
export const r2Interview = deadline({
  ruleSet: 'R2',
  step: 'mfa-interview',
  cite: 'R2 §14',
  name: 'R2 MFA checks the documents and interviews',
  actor: 'mfa',
  action: 'check-documents-and-interview',
  values: [{ edition: RESOLUTION_536, period: workingDays(15) }],
  text: withPeriodNote(
    text(
      'Уәкілетті орган құжаттарды тексереді және кандидатпен әңгімелеседі',
      'Уполномоченный орган проверяет документы и проводит собеседование с кандидатом',
      'The MFA checks the documents and interviews the candidate',
    ),
  ),
});

/** R2 §14 part 2: the MFA agrees or refuses within three months of receiving the letter. */
export const r2MfaDecision = deadline({
  ruleSet: 'R2',
  step: 'mfa-decision',
  cite: 'R2 §14',
  name: 'R2 MFA decides on the proposal',
  actor: 'mfa',
  action: 'decide-on-proposal',
  values: [{ edition: RESOLUTION_536, period: months(3) }],
  text: withPeriodNote(
    text(
      'Уәкілетті орган ұсынысқа келісетінін не келіспейтінін шешеді',
      'Уполномоченный орган принимает решение о согласовании предложения или об отказе',
      'The MFA decides to agree to the proposal or to refuse it',
    ),
  ),
});

export const r2p14Interview = interviewCandidate({
  ruleSet: 'R2',
  cite: 'R2 §14',
  actors: ['mfa'],
  notify: ['sender'],
  text: r2Interview.text,
  interview: r2Interview,
});

export const r2p14Agree = agreeProposal({
  route: r2ApprovalRoute,
  ruleSet: 'R2',
  cite: 'R2 §14',
  actors: ['mfa'],
  notify: ['sender'],
  text: text('Уәкілетті орган ұсынысты келісті', 'Уполномоченный орган согласовал предложение', 'The MFA agreed to the proposal'),
  review: [r2Interview, r2MfaDecision],
  interviewRequired: true,
  approvalRequest: r2ApprovalRequest,
  // §16 part 2: a civil servant of the Presidential Administration needs no letter to it.
  withoutApproval: { status: 'awaiting-order', opens: r2MfaOrder },
});

export const r2p14Refuse = refuseProposal({
  ruleSet: 'R2',
  cite: 'R2 §14',
  actors: ['mfa'],
  notify: ['sender'],
  text: text('Уәкілетті орган ұсыныстан бас тартты', 'Уполномоченный орган отказал в согласовании', 'The MFA refused the proposal'),
  review: [r2Interview, r2MfaDecision],
  replacement: r2Replacement,
});
