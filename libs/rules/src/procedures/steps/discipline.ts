import { SERVING_STATUSES } from '../case-status';
import { obligationId, openObligation, type ObligationSpec } from '../obligation-spec';
import type { TransitionRule } from '../transition';
import type { StepConfig } from './step-config';

/**
 * §9: an offence committed or discovered on `on` starts five working days for sending the
 * information and materials (R1 receiver → MFA, R2 MFA → sending body, R3 receiver → sending body).
 */
export function findOffence(cfg: StepConfig & { readonly report: ObligationSpec }): TransitionRule<'DisciplinaryOffenceFound'> {
  return {
    event: 'DisciplinaryOffenceFound',
    from: SERVING_STATUSES,
    to: SERVING_STATUSES,
    actors: cfg.actors,
    cite: cfg.cite,
    text: cfg.text,
    opens: [cfg.report],
    handle: (state, e, ctx) => ({
      ok: true,
      value: { state, open: [openObligation(cfg.report, e.on, state, ctx)] },
    }),
  };
}

export function reportOffence(cfg: StepConfig & { readonly report: ObligationSpec }): TransitionRule<'DisciplinaryOffenceReported'> {
  return {
    event: 'DisciplinaryOffenceReported',
    from: SERVING_STATUSES,
    to: SERVING_STATUSES,
    actors: cfg.actors,
    cite: cfg.cite,
    text: cfg.text,
    handle: (state, e) => ({
      ok: true,
      value: {
        state,
        close: [obligationId(cfg.report, e.offenceOn)],
        emits: [{ type: 'DisciplinaryOffenceReported', to: cfg.notify, cite: cfg.cite, event: e }],
      },
    }),
  };
}
