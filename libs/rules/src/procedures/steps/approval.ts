import type { CaseStatus } from '../case-status';
import { openObligation, stepId, type ObligationSpec } from '../obligation-spec';
import type { TransitionRule } from '../transition';
import type { StepConfig } from './step-config';

/** The sender sends the proposal, the package and the reviewer's letter to the routed official. */
export function requestApproval(cfg: StepConfig & { readonly request: ObligationSpec }): TransitionRule<'ApprovalRequested'> {
  return {
    event: 'ApprovalRequested',
    from: ['proposal-agreed'],
    to: ['awaiting-approval'],
    actors: cfg.actors,
    cite: cfg.cite,
    text: cfg.text,
    handle: (state, e) => ({
      ok: true,
      value: {
        state: { ...state, status: 'awaiting-approval' },
        close: [stepId(cfg.request)],
        emits: [{ type: 'ApprovalRequested', to: cfg.notify, cite: cfg.cite, event: e }],
      },
    }),
  };
}

export interface GrantConfig extends StepConfig {
  readonly next: CaseStatus;
  /** The next period runs from the agreement (R1/R3 §16 appointment; R2 §18 MFA order). */
  readonly opens: ObligationSpec;
}

export function grantApproval(cfg: GrantConfig): TransitionRule<'ApprovalGranted'> {
  return {
    event: 'ApprovalGranted',
    from: ['awaiting-approval'],
    to: [cfg.next],
    actors: cfg.actors,
    cite: cfg.cite,
    text: cfg.text,
    opens: [cfg.opens],
    handle: (state, e, ctx) => {
      const next = { ...state, status: cfg.next };
      return {
        ok: true,
        value: {
          state: next,
          open: [openObligation(cfg.opens, e.receivedOn ?? e.on, next, ctx)],
          emits: [{ type: 'ApprovalGranted', to: cfg.notify, cite: cfg.cite, event: e }],
        },
      };
    },
  };
}

/**
 * The official refuses. The rules say nothing of what follows: the replacement round (R1 §14,
 * R2 §15, R3 §14) answers a refusal by the receiver or the MFA only, so the case ends here.
 */
export function denyApproval(cfg: StepConfig): TransitionRule<'ApprovalDenied'> {
  return {
    event: 'ApprovalDenied',
    from: ['awaiting-approval'],
    to: ['approval-denied'],
    actors: cfg.actors,
    cite: cfg.cite,
    text: cfg.text,
    handle: (state, e) => ({
      ok: true,
      value: {
        state: { ...state, status: 'approval-denied' },
        emits: [{ type: 'ApprovalDenied', to: cfg.notify, cite: cfg.cite, event: e }],
      },
    }),
  };
}
