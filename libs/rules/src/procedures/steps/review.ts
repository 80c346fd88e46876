import { text } from '../../common/localized-text';
import type { CaseState } from '../case-state';
import type { CaseStatus } from '../case-status';
import { openOnReceipt, stepId, type ObligationSpec } from '../obligation-spec';
import { moveOn, transition } from '../step-builder';
import type { TransitionRule } from '../transition';
import { refusal, reject } from '../violations';
import type { OverrideClause } from '../../deadlines/override-clauses';
import type { ApprovalRouter } from '../../routing/approval-route';
import { routeAfterAgreement } from './route';
import type { StepConfig } from './step-config';

const ids = (specs: readonly ObligationSpec[]): string[] => specs.map(stepId);

/** R2 §14: the MFA checks the documents and interviews the candidate. */
export function interviewCandidate(cfg: StepConfig & { readonly interview: ObligationSpec }): TransitionRule<'CandidateInterviewed'> {
  return transition(cfg, {
    event: 'CandidateInterviewed', from: ['proposal-under-review'], to: ['proposal-under-review'],
    decide: (state, e) => {
      if (state.interviewedOn) return reject(alreadyInterviewed(cfg.cite));
      return {
        ok: true,
        value: {
          state: { ...state, interviewedOn: e.on },
          close: ids([cfg.interview]),
        },
      };
    },
  });
}

export interface AgreeConfig extends StepConfig {
  /** The rule set's routing paragraph, which names who approves once the reviewer agrees. */
  readonly route: ApprovalRouter;
  /** The routing paragraph's "unless a treaty provides otherwise" clause, where it has one (R3 §11). */
  readonly routingClause?: OverrideClause;
  readonly review: readonly ObligationSpec[];
  /** R2 §14: agreement rests on the interview. */
  readonly interviewRequired?: boolean;
  readonly approvalRequest: ObligationSpec;
  /** Where the case goes when no approval is needed (R2 §16 part 2, a treaty under R3 §11). */
  readonly withoutApproval: { readonly status: CaseStatus; readonly opens: ObligationSpec };
}

export function agreeProposal(cfg: AgreeConfig): TransitionRule<'ProposalAgreed'> {
  return transition(cfg, {
    event: 'ProposalAgreed', from: ['proposal-under-review'], to: ['proposal-agreed', cfg.withoutApproval.status],
    opens: [cfg.approvalRequest, cfg.withoutApproval.opens],
    decide: (state, e, ctx) => {
      if (cfg.interviewRequired === true && !state.interviewedOn) return reject(interviewMissing(cfg.cite));
      const routed = routeAfterAgreement(state, cfg.route, cfg.routingClause);
      if (!routed.ok) return routed;
      const authority = routed.value.authority;
      const skip = authority === 'not-required';
      const next: CaseState = { ...state, status: skip ? cfg.withoutApproval.status : 'proposal-agreed', approvingAuthority: authority };
      const spec = skip ? cfg.withoutApproval.opens : cfg.approvalRequest;
      return {
        ok: true,
        value: {
          state: next,
          close: ids(cfg.review),
          open: [openOnReceipt(spec, e, next, ctx)],
        },
      };
    },
  });
}

export interface RefuseConfig extends StepConfig {
  /** The sender's obligation to propose another candidate after the refusal, where the paragraph sets one (R1 §14). */
  readonly replacement?: ObligationSpec;
  readonly review: readonly ObligationSpec[];
}

export function refuseProposal(cfg: RefuseConfig): TransitionRule<'ProposalRefused'> {
  return transition(cfg, {
    event: 'ProposalRefused', from: ['proposal-under-review'], to: ['proposal-refused'],
    ...(cfg.replacement ? { opens: [cfg.replacement] } : {}),
    decide: (state, e, ctx) => {
      const next: CaseState = { ...state, status: 'proposal-refused' };
      return {
        ok: true,
        value: {
          state: next,
          close: ids(cfg.review),
          open: cfg.replacement ? [openOnReceipt(cfg.replacement, e, next, ctx)] : [],
        },
      };
    },
  });
}

/** The sender drops the case: while the proposal is under review, or after a refusal instead of another candidate. */
export function withdrawProposal(cfg: StepConfig): TransitionRule<'ProposalWithdrawn'> {
  return moveOn(cfg, { event: 'ProposalWithdrawn', from: ['proposal-under-review', 'proposal-refused'], to: 'withdrawn' });
}

const alreadyInterviewed = refusal(
  'CASE.ILLEGAL_TRANSITION',
  text('Кандидатпен әңгімелесу өткізіліп қойған', 'Собеседование с кандидатом уже проведено', 'The candidate has already been interviewed'),
);

const interviewMissing = refusal(
  'CASE.INTERVIEW_MISSING',
  text(
    'Уәкілетті орган кандидатпен әңгімелескеннен кейін ғана келісе алады',
    'Уполномоченный орган может согласовать только после собеседования с кандидатом',
    'The MFA may agree only after interviewing the candidate',
  ),
);
