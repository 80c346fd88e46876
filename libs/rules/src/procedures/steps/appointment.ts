import { openObligation, stepId, type ObligationSpec } from '../obligation-spec';
import type { TransitionRule } from '../transition';
import type { StepConfig } from './step-config';

export interface AppointmentConfig extends StepConfig {
  readonly decision: ObligationSpec;
  /** The sender's order, due from the day it receives the copy of the confirming document (§17). */
  readonly order: ObligationSpec;
}

/** R1 §16, R3 §16: the receiver appoints; its confirming document names the start date. */
export function decideAppointment(cfg: AppointmentConfig): TransitionRule<'AppointmentDecided'> {
  return {
    event: 'AppointmentDecided',
    from: ['awaiting-appointment'],
    to: ['awaiting-order'],
    actors: cfg.actors,
    cite: cfg.cite,
    text: cfg.text,
    opens: [cfg.order],
    handle: (state, e, ctx) => {
      const next = { ...state, status: 'awaiting-order' as const, startsOn: e.startsOn };
      return {
        ok: true,
        value: {
          state: next,
          close: [stepId(cfg.decision)],
          open: [openObligation(cfg.order, e.receivedOn ?? e.on, next, ctx)],
          emits: [{ type: 'AppointmentDecided', to: cfg.notify, cite: cfg.cite, event: e }],
        },
      };
    },
  };
}
