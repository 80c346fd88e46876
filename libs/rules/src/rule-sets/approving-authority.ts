import type { RuleSet } from '../common/citation';
import type { Checked } from '../common/rule-violation';
import type { OrganizationKind } from '../organizations';
import { r1ApprovalRoute } from '../r1/p11-approval-routing';
import { r2ApprovalRoute, type R2RoutingFacts } from '../r2/p16-approval-routing';
import { r3ApprovalRoute } from '../r3/p11-approval-routing';
import type { ApprovalRoute } from '../routing/approval-route';

/** Whose agreement a secondment to `receiver` needs under `ruleSet`, with the paragraph that says so. */
export function approvingAuthority(ruleSet: RuleSet, receiver: OrganizationKind, facts: R2RoutingFacts = {}): Checked<ApprovalRoute> {
  switch (ruleSet) {
    case 'R1':
      return r1ApprovalRoute(receiver);
    case 'R2':
      return r2ApprovalRoute(receiver, facts);
    case 'R3':
      return r3ApprovalRoute(receiver);
  }
}
