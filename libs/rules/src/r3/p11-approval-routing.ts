// R3 §11 — what it prescribes: unless a ratified treaty says otherwise, the sending body decides with
// the receiver's leadership and with (1) the Head of the Presidential Administration for bodies
// directly under the President and other state bodies, or (2) the Prime Minister for central executive
// bodies, international and other organizations.
import type { Checked } from '../common/rule-violation';
import { isCentralExecutiveBody, isNonStateOrganization, type OrganizationKind } from '../organizations';
import { receiverNotCovered, route, type ApprovalRoute } from '../routing/approval-route';
import { text } from '../common/localized-text';
import { denyApproval } from '../procedures/steps/approval';
import { overrideClause } from '../deadlines/override-clauses';

/**
 * R3 §11: the sending body decides with the receiver's leadership and (1) the Head of the
 * Presidential Administration for bodies under the President and other state bodies, or (2) the
 * Prime Minister for central executive bodies (the MFA is one), international and other
 * organizations. Foreign institutions are R2's. A ratified treaty may provide otherwise: that is a
 * recorded override (`approval-routing`), applied by the procedure, not here.
 */
export function r3ApprovalRoute(receiver: OrganizationKind): Checked<ApprovalRoute> {
  if (receiver === 'foreign-institution') return { ok: false, violations: [receiverNotCovered('R3 §3', receiver)] };
  if (isCentralExecutiveBody(receiver) || isNonStateOrganization(receiver)) {
    return { ok: true, value: route('prime-minister', 'R3 §11(2)') };
  }
  // What is left are state bodies under the President (the National Bank among them) and other state bodies.
  return { ok: true, value: route('presidential-administration', 'R3 §11(1)') };
}

/** R3 §11: the official the route names may refuse; the case then ends for every party. */
export const r3p11Deny = denyApproval({
  ruleSet: 'R3',
  cite: 'R3 §11',
  actors: ['approver'],
  notify: ['sender', 'receiver'],
  text: text('Лауазымды тұлға келісуден бас тартты', 'Должностное лицо отказало в согласовании', 'The official refused'),
});

/** R3 §11: a treaty may route the approval otherwise. */
export const r3p11Override = overrideClause('R3 §11', ['treaty']);
