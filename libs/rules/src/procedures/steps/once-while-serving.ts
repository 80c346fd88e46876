import type { LegalDate } from '../../common/legal-date';
import { text } from '../../common/localized-text';
import type { CaseState } from '../case-state';
import { SERVING_STATUSES } from '../case-status';
import { stepId, type ObligationSpec } from '../obligation-spec';
import { transition } from '../step-builder';
import type { TransitionRule } from '../transition';
import { refusal, reject } from '../violations';
import type { StepConfig } from './step-config';

type OnceEvent = 'PersonalFileTransferred' | 'KpiApproved';
type OnceField = 'personalFileSentOn' | 'kpiApprovedOn';

export interface OnceConfig<T extends OnceEvent> extends StepConfig {
  readonly event: T;
  readonly field: OnceField;
  /** The obligation it fulfils, where the paragraph sets a period (R1 §17 file, R2 §12 KPIs). */
  readonly fulfils?: ObligationSpec;
}

/**
 * A step taken once while the person serves: sending the order and personal file (R1/R3 §17),
 * approving the KPIs (R2 §12).
 */
export function onceWhileServing<T extends OnceEvent>(cfg: OnceConfig<T>): TransitionRule<T> {
  return transition(cfg, {
    event: cfg.event, from: SERVING_STATUSES, to: SERVING_STATUSES,
    decide: (state, e) => {
      if (state[cfg.field] !== undefined) return reject(alreadyDone(cfg.cite, { event: cfg.event }));
      // Both events carry `on`; TypeScript cannot see through the generic Extract.
      const { on } = e as { readonly on: LegalDate };
      const next: CaseState = { ...state, [cfg.field]: on };
      return { ok: true, value: { state: next, close: cfg.fulfils ? [stepId(cfg.fulfils)] : [] } };
    },
  });
}

const alreadyDone = refusal<{ readonly event: string }>(
  'CASE.ILLEGAL_TRANSITION',
  text('Бұл әрекет жасалып қойған', 'Это действие уже совершено', 'This step has already been taken'),
);
