import { text } from '../../common/localized-text';
import type { Obligation } from '../../deadlines/obligation';
import { required } from '../case-state';
import { openObligation, stepId, type ObligationSpec } from '../obligation-spec';
import { transition } from '../step-builder';
import type { TransitionRule } from '../transition';
import { refusal, reject } from '../violations';
import type { StepConfig } from './step-config';
import { activate, releaseNotice, type TermRule } from './term';

export interface SecondmentOrderConfig extends StepConfig {
  readonly order: ObligationSpec;
  /** R1 §17: copy of the order and of the personal file within 5 working days of signing. */
  readonly personalFile?: ObligationSpec;
  readonly releaseNotice: ObligationSpec;
  /** §8: the term the order starts. */
  readonly term: TermRule;
}

/** R1 §17, R3 §17: the sender's order, effective from the date in the confirming document. */
export function issueSecondmentOrder(cfg: SecondmentOrderConfig): TransitionRule<'OrderIssued'> {
  return transition(cfg, {
    event: 'OrderIssued', from: ['awaiting-order'], to: ['active'],
    opens: cfg.personalFile ? [cfg.personalFile, cfg.releaseNotice] : [cfg.releaseNotice],
    decide: (state, e, ctx) => {
      const startsOn = required(state, 'startsOn');
      if (e.effectiveFrom !== startsOn) return reject(startDateMismatch(cfg.cite, { effectiveFrom: e.effectiveFrom, startsOn }));
      const next = activate(state, e.effectiveFrom, cfg.term);
      const open: Obligation[] = [releaseNotice(cfg.releaseNotice, next, e.on, ctx)];
      if (cfg.personalFile) open.unshift(openObligation(cfg.personalFile, e.on, next, ctx));
      return { ok: true, value: { state: next, close: [stepId(cfg.order)], open } };
    },
  });
}

/** R2 §18: the MFA's order appoints the person to the foreign institution. */
export function issueMfaOrder(cfg: StepConfig & { readonly order: ObligationSpec }): TransitionRule<'OrderIssued'> {
  return transition(cfg, {
    event: 'OrderIssued', from: ['awaiting-order'], to: ['awaiting-sender-order'],
    decide: (state, e) => ({
      ok: true,
      value: { state: { ...state, status: 'awaiting-sender-order', startsOn: e.effectiveFrom }, close: [stepId(cfg.order)] },
    }),
  });
}

export interface SenderOrderConfig extends StepConfig {
  readonly kpi: ObligationSpec;
  readonly releaseNotice: ObligationSpec;
  /** R2 §8: the term the order starts. */
  readonly term: TermRule;
}

/** R2 §19: the sending body's own order on the copy of the MFA's; KPIs follow within a month (§12). */
export function issueSenderOrder(cfg: SenderOrderConfig): TransitionRule<'SenderOrderIssued'> {
  return transition(cfg, {
    event: 'SenderOrderIssued', from: ['awaiting-sender-order'], to: ['active'],
    opens: [cfg.kpi, cfg.releaseNotice],
    decide: (state, e, ctx) => {
      const next = activate(state, required(state, 'startsOn'), cfg.term);
      return {
        ok: true,
        value: {
          state: next,
          open: [openObligation(cfg.kpi, e.dispatchedOn, next, ctx, e.on), releaseNotice(cfg.releaseNotice, next, e.on, ctx)],
        },
      };
    },
  });
}

const startDateMismatch = refusal<{ readonly effectiveFrom: string; readonly startsOn: string }>(
  'ORDER.START_DATE_MISMATCH',
  text(
    'Бұйрық растаушы құжатта белгіленген күннен бастап шығарылады',
    'Приказ издаётся с даты, указанной в подтверждающем документе',
    'The order takes effect from the date set in the confirming document',
  ),
);
