import type { Checked } from '../../common/rule-violation';
import type { OverrideClause } from '../../deadlines/override-clauses';
import { route, type ApprovalRoute, type ApprovalRouter } from '../../routing/approval-route';
import { required, type CaseState } from '../case-state';

/**
 * The route once the reviewer has agreed: an authority recorded under the routing paragraph's clause
 * (a treaty, R3 §11) wins; otherwise routing by the receiver's kind (R1 §11, R2 §16–17, R3 §11).
 */
export function routeAfterAgreement(state: CaseState, routeOf: ApprovalRouter, clause?: OverrideClause): Checked<ApprovalRoute> {
  const recorded = state.overrides.find((o) => o.target === 'approval-routing');
  if (clause && recorded && 'authority' in recorded.value) return { ok: true, value: route(recorded.value.authority, clause.cite) };
  return routeOf(required(state, 'receiverKind'), {
    candidateIsPresidentialAdministrationServant: state.candidateIsPresidentialAdministrationServant,
    mfaAgreed: true,
  });
}
