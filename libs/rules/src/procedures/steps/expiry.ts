import type { Cite } from '../../common/citation';
import { valueAt } from '../../common/dated-parameter';
import type { LegalDate } from '../../common/legal-date';
import { text } from '../../common/localized-text';
import { latestNoticeBefore } from '../../deadlines/due-date';
import type { Period } from '../../parameters/period';
import { required, type CaseState } from '../case-state';
import { openOnReceipt, stepId, type ObligationSpec } from '../obligation-spec';
import { transition } from '../step-builder';
import type { ProcedureContext, TransitionRule } from '../transition';
import { periodRefusal, refusal, reject, violation } from '../violations';
import type { StepConfig } from './step-config';

/** The notice period before the release decision in force for the case (R1 §19, R2 §21, R3 §19: ten working days). */
const noticePeriod = (spec: ObligationSpec, state: CaseState): Period => valueAt(spec.parameter, required(state, 'asOf'));

const noticeInTime = (notice: LegalDate, release: LegalDate, period: Period, ctx: ProcedureContext): LegalDate | null => {
  const latest = latestNoticeBefore(release, period.amount, ctx.calendar);
  return notice <= latest ? null : latest;
};

/** The release of R1 §19, R2 §21, R3 §19 serves one ground only: the term's expiry (R1/R3 §18(1), R2 §20(1)). */
export interface ExpiryRouteConfig extends StepConfig {
  readonly releaseNotice: ObligationSpec;
  /** The paragraph naming the grounds, whose first ground (the term's expiry) this route serves. */
  readonly groundsCite: Cite;
}

export interface ReleaseNoticeConfig extends ExpiryRouteConfig {
  /** R1 §19: the MFA decides the recall within five working days of receiving the notice. */
  readonly recall?: ObligationSpec;
}

/** Notice of the release on expiry, at least the notice period before the release decision. */
export function notifyRelease(cfg: ReleaseNoticeConfig): TransitionRule<'ReleaseNotified'> {
  return transition(cfg, {
    event: 'ReleaseNotified', from: ['active'], to: ['release-notified'],
    ...(cfg.recall ? { opens: [cfg.recall] } : {}),
    decide: (state, e, ctx) => {
      const termEndsOn = required(state, 'termEndsOn');
      if (e.releaseOn < termEndsOn) return reject(beforeTermEnd(cfg.cite, termEndsOn, cfg.groundsCite));
      const period = noticePeriod(cfg.releaseNotice, state);
      const late = noticeInTime(e.on, e.releaseOn, period, ctx);
      if (late !== null) return reject(noticeTooLate(cfg.cite, period, { latestNoticeOn: late, noticeWorkingDays: period.amount }));
      const next: CaseState = { ...state, status: 'release-notified', releaseNotifiedOn: e.on, releaseOn: e.releaseOn };
      return {
        ok: true,
        value: {
          state: next,
          close: [stepId(cfg.releaseNotice)],
          open: cfg.recall ? [openOnReceipt(cfg.recall, e, next, ctx)] : [],
        },
      };
    },
  });
}

/** The release decision, no sooner than the notice period after the notice. */
export function decideRelease(cfg: ExpiryRouteConfig): TransitionRule<'ReleaseDecided'> {
  return transition(cfg, {
    event: 'ReleaseDecided', from: ['release-notified'], to: ['release-notified', 'recalled'],
    decide: (state, e, ctx) => {
      if (state.releaseDecidedOn !== undefined) return reject(already(cfg.cite));
      const termEndsOn = required(state, 'termEndsOn');
      if (e.on < termEndsOn) return reject(beforeTermEnd(cfg.cite, termEndsOn, cfg.groundsCite));
      const period = noticePeriod(cfg.releaseNotice, state);
      const early = noticeInTime(required(state, 'releaseNotifiedOn'), e.on, period, ctx);
      if (early !== null) return reject(releaseTooEarly(cfg.cite, period, { latestNoticeForThisDate: early, noticeWorkingDays: period.amount }));
      const status = state.recallDecidedOn !== undefined ? 'recalled' : 'release-notified';
      return { ok: true, value: { state: { ...state, status, releaseDecidedOn: e.on } } };
    },
  });
}

export interface RecallConfig extends StepConfig {
  readonly recall?: ObligationSpec;
  /** R2 §21, R3 §19: the recall rests on the release decision, so it comes after it. */
  readonly afterRelease: boolean;
}

export function decideRecall(cfg: RecallConfig): TransitionRule<'RecallDecided'> {
  return transition(cfg, {
    event: 'RecallDecided', from: ['release-notified'], to: ['release-notified', 'recalled'],
    decide: (state, e) => {
      if (state.recallDecidedOn !== undefined) return reject(already(cfg.cite));
      if (cfg.afterRelease && state.releaseDecidedOn === undefined) return reject(releaseFirst(cfg.cite));
      const status = state.releaseDecidedOn !== undefined ? 'recalled' : 'release-notified';
      return { ok: true, value: { state: { ...state, status, recallDecidedOn: e.on }, close: cfg.recall ? [stepId(cfg.recall)] : [] } };
    },
  });
}

/**
 * The expiry route ends the secondment when its term ends, not before: a release dated before the
 * term's last day would end it early without any ground of early recall or the joint decision.
 */
const beforeTermEnd = (cite: Cite, termEndsOn: LegalDate, groundsCite: Cite) =>
  violation(
    'RELEASE.BEFORE_TERM_END',
    cite,
    text(
      `Бұл жол іссапар мерзімі біткенде ғана қолданылады (${groundsCite}(1)); мерзімнің соңғы күні — ${termEndsOn}. Мерзімінен бұрын аяқтау үшін мерзімінен бұрын кері шақыртуды пайдаланыңыз`,
      `Этот порядок применяется только по окончании срока (${groundsCite}(1)); последний день срока — ${termEndsOn}. Для завершения раньше срока используйте досрочный отзыв`,
      `This route applies only when the term ends (${groundsCite}(1)); the term's last day is ${termEndsOn}. To end the secondment sooner, use an early recall on its ground`,
    ),
    { termEndsOn },
  );

const noticeTooLate = periodRefusal<{ readonly latestNoticeOn: LegalDate; readonly noticeWorkingDays: number }>('RELEASE.NOTICE_TOO_LATE', (n) =>
  text(
    `Босату туралы шешім қабылданғанға дейін кемінде ${n.kk} бұрын жазбаша хабарлау қажет`,
    `Письменное уведомление направляется до принятия решения об освобождении не позднее чем за срок: ${n.ru}`,
    `Written notice must be given at least ${n.en} before the release decision`,
  ),
);

const releaseTooEarly = periodRefusal<{ readonly latestNoticeForThisDate: LegalDate; readonly noticeWorkingDays: number }>('RELEASE.TOO_EARLY', (n) =>
  text(
    `Босату туралы шешім хабарламадан кейін ${n.kk} өткен соң қабылданады`,
    `Решение об освобождении принимается не ранее чем по истечении срока после уведомления: ${n.ru}`,
    `The release decision comes no sooner than ${n.en} after the notice`,
  ),
);

const releaseFirst = refusal(
  'CASE.ILLEGAL_TRANSITION',
  text(
    'Кері шақырту туралы шешім босату туралы шешімнің негізінде қабылданады',
    'Решение об отзыве принимается на основании решения об освобождении',
    'The recall is decided on the basis of the release decision, which must come first',
  ),
);

const already = (cite: Cite) =>
  violation('CASE.ILLEGAL_TRANSITION', cite, text('Шешім қабылданып қойған', 'Решение уже принято', 'This decision has already been taken'));
