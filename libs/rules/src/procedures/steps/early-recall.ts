import type { Cite } from '../../common/citation';
import { text } from '../../common/localized-text';
import type { CaseState } from '../case-state';
import { openObligation, stepId, type ObligationSpec } from '../obligation-spec';
import { transition } from '../step-builder';
import type { TransitionRule } from '../transition';
import { reject, violation } from '../violations';
import type { StepConfig } from './step-config';

/** The ground of R1/R3 §18(2), R2 §20(2): a joint written decision of the sender and the other party. */
export const JOINT_DECISION_GROUND = 2;

export interface EarlyRecallConfig extends StepConfig {
  /** The grounds this paragraph covers (R1/R3 §18(2)–(5), R2 §20(2)–(6)). */
  readonly grounds: readonly number[];
  readonly groundsCite: Cite;
  /** Ground 2 rests on a joint written decision: its paragraph, recorded by both parties beforehand. */
  readonly jointDecisionCite: Cite;
  /** Ground 1, the term's expiry, has its own procedure (R1 §19, R2 §21, R3 §19). */
  readonly expiryCite: Cite;
  readonly notice: ObligationSpec;
  /** Expiry obligations an early recall makes moot. */
  readonly supersedes: readonly ObligationSpec[];
}

const SERVING_NOT_RECALLED = ['active', 'release-notified'] as const;

export function decideEarlyRecall(cfg: EarlyRecallConfig): TransitionRule<'EarlyRecallDecided'> {
  return transition(cfg, {
    event: 'EarlyRecallDecided',
    from: SERVING_NOT_RECALLED,
    to: ['early-recall-decided'],
    opens: [cfg.notice],
    decide: (state, e, ctx) => {
      if (e.ground === 1) return reject(expiryGround(cfg.expiryCite));
      if (!cfg.grounds.includes(e.ground)) return reject(unknownGround(cfg.groundsCite, e.ground));
      if (e.ground === JOINT_DECISION_GROUND && state.jointRecall?.consentedOn === undefined) {
        return reject(jointDecisionMissing(cfg.jointDecisionCite, state.jointRecall ? 'consent' : 'proposal'));
      }
      const next: CaseState = { ...state, status: 'early-recall-decided', earlyRecall: { ground: e.ground, decidedOn: e.on } };
      return { ok: true, value: { state: next, close: cfg.supersedes.map(stepId), open: [openObligation(cfg.notice, e.on, next, ctx)] } };
    },
  });
}

/** R1/R3 §18(2), R2 §20(2): the sender proposes the joint written decision to end the secondment early. */
export function proposeJointRecall(cfg: StepConfig): TransitionRule<'EarlyRecallProposed'> {
  return transition(cfg, {
    event: 'EarlyRecallProposed',
    from: SERVING_NOT_RECALLED,
    to: SERVING_NOT_RECALLED,
    decide: (state, e) => {
      if (state.jointRecall) return reject(alreadyProposed(cfg.cite));
      return { ok: true, value: { state: { ...state, jointRecall: { proposedOn: e.on } } } };
    },
  });
}

/**
 * R1/R3 §18(2): the receiver, R2 §20(2): the MFA signs the joint decision as its own step. The
 * sender's early recall on ground 2 (R1/R3 §20, R2 §22) rests on it.
 */
export function consentToJointRecall(cfg: StepConfig): TransitionRule<'EarlyRecallConsented'> {
  return transition(cfg, {
    event: 'EarlyRecallConsented',
    from: SERVING_NOT_RECALLED,
    to: SERVING_NOT_RECALLED,
    decide: (state, e) => {
      const proposal = state.jointRecall;
      if (!proposal) return reject(jointDecisionMissing(cfg.cite, 'proposal'));
      if (proposal.consentedOn !== undefined) return reject(alreadyProposed(cfg.cite));
      return { ok: true, value: { state: { ...state, jointRecall: { ...proposal, consentedOn: e.on } } } };
    },
  });
}

export function notifyEarlyRecall(cfg: StepConfig & { readonly notice: ObligationSpec }): TransitionRule<'EarlyRecallNotified'> {
  return transition(cfg, {
    event: 'EarlyRecallNotified',
    from: ['early-recall-decided'],
    to: ['recalled'],
    decide: (state) => ({ ok: true, value: { state: { ...state, status: 'recalled' }, close: [stepId(cfg.notice)] } }),
  });
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

const jointDecisionMissing = (cite: Cite, missing: 'proposal' | 'consent') =>
  violation(
    'RECALL.JOINT_DECISION_MISSING',
    cite,
    text(
      'Бірлескен жазбаша шешімді екі тарап та өз қадамымен тіркеуі тиіс: жіберуші ұсынады, екінші тарап келіседі',
      'Совместное письменное решение оформляют обе стороны своим шагом: отправляющая сторона предлагает, другая сторона соглашается',
      'A joint written decision needs both parties’ own steps: the sender proposes it and the other party consents',
    ),
    { missing },
  );

const alreadyProposed = (cite: Cite) =>
  violation(
    'CASE.ILLEGAL_TRANSITION',
    cite,
    text('Бірлескен шешім бойынша қадам жасалып қойған', 'Шаг по совместному решению уже совершён', 'This step of the joint decision has already been taken'),
  );
