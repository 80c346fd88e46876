import type { CaseStatus } from '../case-status';
import { openOnReceipt, type ObligationSpec } from '../obligation-spec';
import { moveOn, transition } from '../step-builder';
import type { TransitionRule } from '../transition';
import type { StepConfig } from './step-config';

/** The sender sends the proposal, the package and the reviewer's letter to the routed official. */
export function requestApproval(cfg: StepConfig & { readonly request: ObligationSpec }): TransitionRule<'ApprovalRequested'> {
  return moveOn(cfg, { event: 'ApprovalRequested', from: ['proposal-agreed'], to: 'awaiting-approval', fulfils: cfg.request });
}

export interface GrantConfig extends StepConfig {
  readonly next: CaseStatus;
  /** The next period runs from the agreement (R1/R3 §16 appointment; R2 §18 MFA order). */
  readonly opens: ObligationSpec;
}

export function grantApproval(cfg: GrantConfig): TransitionRule<'ApprovalGranted'> {
  return transition(cfg, {
    event: 'ApprovalGranted', from: ['awaiting-approval'], to: [cfg.next],
    opens: [cfg.opens],
    decide: (state, e, ctx) => {
      const next = { ...state, status: cfg.next };
      return { ok: true, value: { state: next, open: [openOnReceipt(cfg.opens, e, next, ctx)] } };
    },
  });
}

/**
 * The official refuses. The rules say nothing of what follows: the replacement round (R1 §14,
 * R2 §15, R3 §14) answers a refusal by the receiver or the MFA only, so the case ends here.
 */
export function denyApproval(cfg: StepConfig): TransitionRule<'ApprovalDenied'> {
  return moveOn(cfg, { event: 'ApprovalDenied', from: ['awaiting-approval'], to: 'approval-denied' });
}
