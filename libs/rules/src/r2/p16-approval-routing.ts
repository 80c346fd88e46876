// R2 §16 part 2, §17 — what it prescribes: the President, or by his authority the Head of the
// Presidential Administration, agrees or refuses, except for a civil servant of the Presidential
// Administration whom the MFA has agreed to.
import type { Checked } from '../common/rule-violation';
import type { OrganizationKind } from '../organizations';
import { receiverNotCovered, route, type ApprovalRoute, type RoutingFacts } from '../routing/approval-route';

/** What R2 §16 part 2 looks at besides the receiver. */
export type R2RoutingFacts = RoutingFacts;

/**
 * R2 §10, §17: the President, or by his authority the Head of the Presidential Administration,
 * decides; the sending body writes to the Presidential Administration (§16 part 1). §16 part 2: no
 * letter when the candidate serves in the Presidential Administration and the MFA agreed.
 */
export function r2ApprovalRoute(receiver: OrganizationKind, facts: R2RoutingFacts): Checked<ApprovalRoute> {
  if (receiver !== 'foreign-institution') return { ok: false, violations: [receiverNotCovered('R2 §3', receiver)] };
  if (facts.candidateIsPresidentialAdministrationServant === true && facts.mfaAgreed === true) {
    return { ok: true, value: route('not-required', 'R2 §16') };
  }
  return { ok: true, value: route('president', 'R2 §17') };
}
