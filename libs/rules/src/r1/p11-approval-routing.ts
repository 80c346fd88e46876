// R1 §11 — what it prescribes: the MFA decides a secondment with the receiver's leadership and with
// (1) the Head of the Presidential Administration for bodies directly under the President and other
// state bodies, or (2) the Prime Minister for central executive bodies and other organizations.
import type { Checked } from '../common/rule-violation';
import { isCentralExecutiveBody, isNonStateOrganization, type OrganizationKind } from '../organizations';
import { receiverNotCovered, route, type ApprovalRoute } from '../routing/approval-route';
import { text } from '../common/localized-text';
import { denyApproval } from '../procedures/steps/approval';

/**
 * R1 §11: the MFA decides with the receiver's leadership and (1) the Head of the Presidential
 * Administration for bodies under the President and other state bodies, or (2) the Prime Minister
 * for central executive bodies and other organizations. The MFA cannot receive its own staff, and
 * foreign institutions are MFA's own system, so neither is a receiver here (R1 §3).
 */
export function r1ApprovalRoute(receiver: OrganizationKind): Checked<ApprovalRoute> {
  if (receiver === 'mfa' || receiver === 'foreign-institution') {
    return { ok: false, violations: [receiverNotCovered('R1 §3', receiver)] };
  }
  if (isCentralExecutiveBody(receiver) || isNonStateOrganization(receiver)) {
    return { ok: true, value: route('prime-minister', 'R1 §11(2)') };
  }
  // What is left are state bodies under the President (the National Bank among them) and other state bodies.
  return { ok: true, value: route('presidential-administration', 'R1 §11(1)') };
}

/** R1 §11: the official the route names may refuse; the case then ends for every party. */
export const r1p11Deny = denyApproval({
  ruleSet: 'R1',
  cite: 'R1 §11',
  actors: ['approver'],
  notify: ['sender', 'receiver'],
  text: text('Лауазымды тұлға келісуден бас тартты', 'Должностное лицо отказало в согласовании', 'The official refused'),
});
