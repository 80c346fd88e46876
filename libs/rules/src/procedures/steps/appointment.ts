import { openOnReceipt, stepId, type ObligationSpec } from '../obligation-spec';
import { transition } from '../step-builder';
import type { TransitionRule } from '../transition';
import type { StepConfig } from './step-config';

export interface AppointmentConfig extends StepConfig {
  readonly decision: ObligationSpec;
  /** The sender's order, due from the day it receives the copy of the confirming document (§17). */
  readonly order: ObligationSpec;
}

/** R1 §16, R3 §16: the receiver appoints; its confirming document names the start date. */
export function decideAppointment(cfg: AppointmentConfig): TransitionRule<'AppointmentDecided'> {
  return transition(cfg, {
    event: 'AppointmentDecided', from: ['awaiting-appointment'], to: ['awaiting-order'],
    opens: [cfg.order],
    decide: (state, e, ctx) => {
      const next = { ...state, status: 'awaiting-order' as const, startsOn: e.startsOn };
      return { ok: true, value: { state: next, close: [stepId(cfg.decision)], open: [openOnReceipt(cfg.order, e, next, ctx)] } };
    },
  });
}
