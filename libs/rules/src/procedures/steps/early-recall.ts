import type { Cite } from '../../common/citation';
import { text } from '../../common/localized-text';
import type { PartyRole } from '../../deadlines/party-role';
import type { CaseState } from '../case-state';
import { openObligation, stepId, type ObligationSpec } from '../obligation-spec';
import { moveOn, transition, type StepChange } from '../step-builder';
import type { Checked } from '../../common/rule-violation';
import type { LegalDate } from '../../common/legal-date';
import type { TransitionRule } from '../transition';
import { refusal, reject } from '../violations';
import type { StepConfig } from './step-config';

/** The ground of R1/R3 §18(2), R2 §20(2): a joint written decision of the sender and the other party. */
export const JOINT_DECISION_GROUND = 2;

export interface EarlyRecallConfig extends StepConfig {
  /** The grounds this paragraph covers (R1/R3 §18(2)–(5), R2 §20(2)–(6)). */
  readonly grounds: readonly number[];
  readonly groundsCite: Cite;
  /** Ground 2 rests on a joint written decision: its paragraph, recorded by both parties beforehand. */
  readonly jointDecisionCite: Cite;
  /** The ground of a disciplinary offence (R1/R3 §18(3), R2 §20(4)): it needs an offence on record. */
  readonly offenceGround: number;
  /** Ground 1, the term's expiry, has its own procedure (R1 §19, R2 §21, R3 §19). */
  readonly expiryCite: Cite;
  readonly notice: ObligationSpec;
  /** Expiry obligations an early recall makes moot. */
  readonly supersedes: readonly ObligationSpec[];
}

const SERVING_NOT_RECALLED = ['active', 'release-notified'] as const;

export function decideEarlyRecall(cfg: EarlyRecallConfig): TransitionRule<'EarlyRecallDecided'> {
  return transition(cfg, {
    event: 'EarlyRecallDecided', from: SERVING_NOT_RECALLED, to: ['early-recall-decided'],
    opens: [cfg.notice],
    decide: (state, e, ctx) => {
      if (e.ground === 1) return reject(expiryGround(cfg.expiryCite));
      if (!cfg.grounds.includes(e.ground)) return reject(unknownGround(cfg.groundsCite, { ground: e.ground }));
      if (e.ground === JOINT_DECISION_GROUND && state.jointRecall?.consentedOn === undefined) {
        return reject(jointDecisionMissing(cfg.jointDecisionCite, { missing: state.jointRecall ? 'consent' : 'proposal' }));
      }
      if (e.ground === cfg.offenceGround && state.offenceFoundOn === undefined) return reject(offenceNotOnRecord(cfg.groundsCite));
      const next: CaseState = { ...state, status: 'early-recall-decided', earlyRecall: { ground: e.ground, decidedOn: e.on } };
      return { ok: true, value: { state: next, close: cfg.supersedes.map(stepId), open: [openObligation(cfg.notice, e.on, next, ctx)] } };
    },
  });
}

/** The two parties of the joint written decision: R1/R3 §18(2) the sender and the receiver, R2 §20(2) the sender and the MFA. */
export interface JointDecisionConfig extends StepConfig {
  readonly parties: readonly [PartyRole, PartyRole];
}

const otherParty = (parties: readonly [PartyRole, PartyRole], of: PartyRole): PartyRole => (parties[0] === of ? parties[1] : parties[0]);

/** A proposal still waiting for the other party's answer. */
const pending = (state: CaseState) => (state.jointRecall && state.jointRecall.consentedOn === undefined && state.jointRecall.declinedOn === undefined ? state.jointRecall : undefined);

/**
 * R1/R3 §18(2), R2 §20(2): a joint decision is the two parties' own, so either may propose it. A new
 * proposal replaces one declined or left unanswered (the law sets no period for the answer, so an
 * unanswered proposal must not block the ground); only a signed decision stands.
 */
export function proposeJointRecall(cfg: JointDecisionConfig): TransitionRule<'EarlyRecallProposed'> {
  return transition(cfg, {
    event: 'EarlyRecallProposed', from: SERVING_NOT_RECALLED, to: SERVING_NOT_RECALLED,
    decide: (state, e) => {
      if (state.jointRecall?.consentedOn !== undefined) return reject(alreadySigned(cfg.cite));
      return { ok: true, value: { state: { ...state, jointRecall: { proposedBy: e.actor, proposedOn: e.on } } } };
    },
  });
}

/**
 * The answer to a pending proposal of the joint decision (a consent or a decline), dated by its step:
 * only the party that did not propose may give it, and only while the proposal is unanswered.
 */
const answerProposal =
  (cfg: JointDecisionConfig, answer: 'consentedOn' | 'declinedOn') =>
  (state: CaseState, e: { readonly actor: PartyRole; readonly on: LegalDate }): Checked<StepChange> => {
    const proposal = pending(state);
    if (!proposal) return reject(state.jointRecall?.consentedOn !== undefined ? alreadySigned(cfg.cite) : jointDecisionMissing(cfg.cite, { missing: 'proposal' }));
    if (e.actor !== otherParty(cfg.parties, proposal.proposedBy)) return reject(ownProposal(cfg.cite, { proposedBy: proposal.proposedBy }));
    return { ok: true, value: { state: { ...state, jointRecall: { ...proposal, [answer]: e.on } } } };
  };

/**
 * R1/R3 §18(2), R2 §20(2): the party that did not propose signs the joint decision, dated by its
 * step. The sender's early recall on ground 2 (R1/R3 §20, R2 §22) rests on it.
 */
export function consentToJointRecall(cfg: JointDecisionConfig): TransitionRule<'EarlyRecallConsented'> {
  return transition(cfg, {
    event: 'EarlyRecallConsented', from: SERVING_NOT_RECALLED, to: SERVING_NOT_RECALLED,
    decide: answerProposal(cfg, 'consentedOn'),
  });
}

/** R1/R3 §18(2), R2 §20(2): the party that did not propose declines; the ground stays open for a new proposal. */
export function declineJointRecall(cfg: JointDecisionConfig): TransitionRule<'EarlyRecallDeclined'> {
  return transition(cfg, {
    event: 'EarlyRecallDeclined', from: SERVING_NOT_RECALLED, to: SERVING_NOT_RECALLED,
    decide: answerProposal(cfg, 'declinedOn'),
  });
}

export function notifyEarlyRecall(cfg: StepConfig & { readonly notice: ObligationSpec }): TransitionRule<'EarlyRecallNotified'> {
  return moveOn(cfg, { event: 'EarlyRecallNotified', from: ['early-recall-decided'], to: 'recalled', fulfils: cfg.notice });
}

const expiryGround = refusal(
  'RECALL.EXPIRY_GROUND',
  text(
    'Мерзімнің өтуі бойынша іссапар босату туралы хабарлама арқылы аяқталады',
    'По истечении срока прикомандирование завершается через уведомление об освобождении',
    'On expiry of the term the secondment ends through the release notice, not an early recall',
  ),
);

const unknownGround = refusal<{ readonly ground: number }>(
  'RECALL.UNKNOWN_GROUND',
  text('Мұндай аяқталу негізі жоқ', 'Такого основания завершения нет', 'There is no such ground for ending the secondment'),
);

const jointDecisionMissing = refusal<{ readonly missing: 'proposal' | 'consent' }>(
  'RECALL.JOINT_DECISION_MISSING',
  text(
    'Бірлескен жазбаша шешімді екі тарап та өз қадамымен тіркеуі тиіс: бір тарап ұсынады, екіншісі келіседі',
    'Совместное письменное решение оформляют обе стороны своим шагом: одна сторона предлагает, другая соглашается',
    'A joint written decision needs both parties’ own steps: one proposes it and the other consents',
  ),
);

const alreadySigned = refusal(
  'CASE.ILLEGAL_TRANSITION',
  text('Бірлескен шешімге екі тарап та қол қойып қойған', 'Совместное решение уже подписано обеими сторонами', 'Both parties have already signed the joint decision'),
);

const ownProposal = refusal<{ readonly proposedBy: PartyRole }>(
  'RECALL.OWN_PROPOSAL',
  text(
    'Бірлескен шешім ұсынысына ұсынбаған тарап жауап береді',
    'На предложение совместного решения отвечает сторона, которая его не вносила',
    'The proposal of a joint decision is answered by the party that did not make it',
  ),
);

/** R1/R3 §18(3), R2 §20(4): the ground is an offence, so one must be on record (a DisciplinaryOffenceFound step, §9). */
const offenceNotOnRecord = refusal(
  'RECALL.NO_OFFENCE_ON_RECORD',
  text(
    'Тәртіптік теріс қылық негізі бойынша кері шақыру үшін істе теріс қылық тіркелуі тиіс (9-тармақ)',
    'Для отзыва по основанию дисциплинарного проступка проступок должен быть зафиксирован в деле (пункт 9)',
    'A recall on the ground of a disciplinary offence needs an offence on record in the case (§9)',
  ),
);
