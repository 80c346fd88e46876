import type { Cite } from '../../common/citation';
import { text } from '../../common/localized-text';
import { openObligation, stepId, type ObligationSpec } from '../obligation-spec';
import type { TransitionRule } from '../transition';
import { reject, violation } from '../violations';
import type { StepConfig } from './step-config';

export interface EarlyRecallConfig extends StepConfig {
  /** The grounds this paragraph covers (R1/R3 §18(2)–(5), R2 §20(2)–(6)). */
  readonly grounds: readonly number[];
  readonly groundsCite: Cite;
  /** Ground 1, the term's expiry, has its own procedure (R1 §19, R2 §21, R3 §19). */
  readonly expiryCite: Cite;
  readonly notice: ObligationSpec;
  /** Expiry obligations an early recall makes moot. */
  readonly supersedes: readonly ObligationSpec[];
}

export function decideEarlyRecall(cfg: EarlyRecallConfig): TransitionRule<'EarlyRecallDecided'> {
  return {
    event: 'EarlyRecallDecided',
    from: ['active', 'release-notified'],
    to: ['early-recall-decided'],
    actors: cfg.actors,
    cite: cfg.cite,
    text: cfg.text,
    opens: [cfg.notice],
    handle: (state, e, ctx) => {
      if (e.ground === 1) return reject(expiryGround(cfg.expiryCite));
      if (!cfg.grounds.includes(e.ground)) return reject(unknownGround(cfg.groundsCite, e.ground));
      const next = { ...state, status: 'early-recall-decided' as const, earlyRecall: { ground: e.ground, decidedOn: e.on } };
      return {
        ok: true,
        value: { state: next, close: cfg.supersedes.map(stepId), open: [openObligation(cfg.notice, e.on, next, ctx)] },
      };
    },
  };
}

export function notifyEarlyRecall(cfg: StepConfig & { readonly notice: ObligationSpec }): TransitionRule<'EarlyRecallNotified'> {
  return {
    event: 'EarlyRecallNotified',
    from: ['early-recall-decided'],
    to: ['recalled'],
    actors: cfg.actors,
    cite: cfg.cite,
    text: cfg.text,
    handle: (state, e) => ({
      ok: true,
      value: {
        state: { ...state, status: 'recalled' },
        close: [stepId(cfg.notice)],
        emits: [{ type: 'EarlyRecallNotified', to: cfg.notify, cite: cfg.cite, event: e }],
      },
    }),
  };
}

const expiryGround = (cite: Cite) =>
  violation(
    'RECALL.EXPIRY_GROUND',
    cite,
    text(
      'Мерзімнің өтуі бойынша іссапар босату туралы хабарлама арқылы аяқталады',
      'По истечении срока прикомандирование завершается через уведомление об освобождении',
      'On expiry of the term the secondment ends through the release notice, not an early recall',
    ),
  );

const unknownGround = (cite: Cite, ground: number) =>
  violation(
    'RECALL.UNKNOWN_GROUND',
    cite,
    text('Мұндай аяқталу негізі жоқ', 'Такого основания завершения нет', 'There is no such ground for ending the secondment'),
    { ground },
  );
