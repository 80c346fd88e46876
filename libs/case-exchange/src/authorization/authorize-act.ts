import type { Actor, Refusal } from '@sx/contracts';

import { procedureDefinition, type RuleSet } from '@sx/rules';
import { authorityOf, STEP_AUTHORITY, type Act } from './act-authority';
import { notPreparer, notSignatory } from './not-signatory.error';

export const PREPARER = 'preparer';
export const SIGNATORY = 'signatory';

/**
 * The paragraph that names who takes the act: the step's own paragraph, or for the case file the
 * paragraph of its submission (the sending body assembles what it submits).
 */
export function citeOf(act: Act, ruleSet: RuleSet): string {
  const transitions = procedureDefinition(ruleSet).transitions;
  const step = act in STEP_AUTHORITY ? act : 'ProposalSubmitted';
  return transitions.find((t) => t.event === step)?.cite ?? 'SPEC Accountability';
}

/**
 * May this actor take this act for its agency? Returns the refusal, or nothing. A `system` actor (an
 * API client) is authorised by its agency for both kinds: the agency's own system enforces its
 * signatory rules and the record names the client. That the agency is a party in the right role is
 * checked elsewhere (the case context); this is only about the person.
 *
 * `switches.noSignatoryCheck` is TESTS ONLY: the service config's SX_TEST_MUTANT=no-signatory-check
 * (refused without SX_DEV_KEYS=1, so never in production) lets a preparer decide, so the e2e test of
 * the check can show it fires. It arrives as an argument, like every switch, never from process.env.
 */
export function authorizeAct(actor: Actor, act: Act, ruleSet: RuleSet, switches: { readonly noSignatoryCheck?: boolean } = {}): Refusal | undefined {
  if (actor.kind === 'system') return undefined;
  const roles = new Set(actor.roles);
  if (roles.has(SIGNATORY)) return undefined;
  if (authorityOf(act) === 'decide') return switches.noSignatoryCheck ? undefined : notSignatory(act, citeOf(act, ruleSet));
  return roles.has(PREPARER) ? undefined : notPreparer(act, citeOf(act, ruleSet));
}

/** `authorizeAct` for a use case: throws its refusal (mapped to 403 at the edge). */
export function assertAuthorized(actor: Actor, act: Act, ruleSet: RuleSet): void {
  const refusal = authorizeAct(actor, act, ruleSet);
  if (refusal) throw refusal;
}
