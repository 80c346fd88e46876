import type { Checked } from '../../common/rule-violation';
import { route, type ApprovalRoute, type ApprovalRouter } from '../../routing/approval-route';
import { required, type CaseState } from '../case-state';

/**
 * The route once the reviewer has agreed: a treaty recorded under R3 §11 wins; otherwise routing by
 * the receiver's kind (R1 §11, R2 §16–17, R3 §11).
 */
export function routeAfterAgreement(state: CaseState, routeOf: ApprovalRouter): Checked<ApprovalRoute> {
  const recorded = state.overrides.find((o) => o.target === 'approval-routing');
  if (recorded && 'authority' in recorded.value) return { ok: true, value: route(recorded.value.authority, 'R3 §11') };
  return routeOf(required(state, 'receiverKind'), {
    candidateIsPresidentialAdministrationServant: state.candidateIsPresidentialAdministrationServant,
    mfaAgreed: true,
  });
}
