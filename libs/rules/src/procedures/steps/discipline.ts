import { SERVING_STATUSES } from '../case-status';
import { obligationId, openObligation, type ObligationSpec } from '../obligation-spec';
import { transition } from '../step-builder';
import type { TransitionRule } from '../transition';
import type { StepConfig } from './step-config';

/**
 * §9: an offence committed or discovered on `on` starts the period for sending the information and
 * materials (R1 receiver → MFA, R2 MFA → sending body, R3 receiver → sending body).
 */
export function findOffence(cfg: StepConfig & { readonly report: ObligationSpec }): TransitionRule<'DisciplinaryOffenceFound'> {
  return transition(cfg, {
    event: 'DisciplinaryOffenceFound', from: SERVING_STATUSES, to: SERVING_STATUSES,
    opens: [cfg.report],
    decide: (state, e, ctx) => {
      const next = { ...state, offenceFoundOn: e.on };
      return { ok: true, value: { state: next, open: [openObligation(cfg.report, e.on, next, ctx)] } };
    },
  });
}

export function reportOffence(cfg: StepConfig & { readonly report: ObligationSpec }): TransitionRule<'DisciplinaryOffenceReported'> {
  return transition(cfg, {
    event: 'DisciplinaryOffenceReported', from: SERVING_STATUSES, to: SERVING_STATUSES,
    decide: (state, e) => ({ ok: true, value: { state, close: [obligationId(cfg.report, e.offenceOn)] } }),
  });
}
