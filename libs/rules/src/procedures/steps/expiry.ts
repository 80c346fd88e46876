import type { Cite } from '../../common/citation';
import type { LegalDate } from '../../common/legal-date';
import { text } from '../../common/localized-text';
import { latestNoticeBefore } from '../../deadlines/due-date';
import { valueAt } from '../../common/dated-parameter';
import { required, type CaseState } from '../case-state';
import { openObligation, stepId, type ObligationSpec } from '../obligation-spec';
import type { ProcedureContext, TransitionRule } from '../transition';
import { reject, violation } from '../violations';
import type { StepConfig } from './step-config';

/** The ten working days between the notice and the release decision (R1 §19, R2 §21, R3 §19). */
const noticeDays = (spec: ObligationSpec, state: CaseState): number => valueAt(spec.parameter, required(state, 'asOf')).amount;

const noticeInTime = (notice: LegalDate, release: LegalDate, spec: ObligationSpec, state: CaseState, ctx: ProcedureContext): LegalDate | null => {
  const latest = latestNoticeBefore(release, noticeDays(spec, state), ctx.calendar);
  return notice <= latest ? null : latest;
};

export interface ReleaseNoticeConfig extends StepConfig {
  readonly releaseNotice: ObligationSpec;
  /** R1 §19: the MFA decides the recall within five working days of receiving the notice. */
  readonly recall?: ObligationSpec;
}

/** Notice of the release on expiry, at least ten working days before the release decision. */
export function notifyRelease(cfg: ReleaseNoticeConfig): TransitionRule<'ReleaseNotified'> {
  return {
    event: 'ReleaseNotified',
    from: ['active'],
    to: ['release-notified'],
    actors: cfg.actors,
    cite: cfg.cite,
    text: cfg.text,
    ...(cfg.recall ? { opens: [cfg.recall] } : {}),
    handle: (state, e, ctx) => {
      const late = noticeInTime(e.on, e.releaseOn, cfg.releaseNotice, state, ctx);
      if (late !== null) return reject(noticeTooLate(cfg.cite, late));
      const next: CaseState = { ...state, status: 'release-notified', releaseNotifiedOn: e.on, releaseOn: e.releaseOn };
      return {
        ok: true,
        value: {
          state: next,
          close: [stepId(cfg.releaseNotice)],
          open: cfg.recall ? [openObligation(cfg.recall, e.receivedOn ?? e.on, next, ctx)] : [],
          emits: [{ type: 'ReleaseNotified', to: cfg.notify, cite: cfg.cite, event: e }],
        },
      };
    },
  };
}

/** The release decision, no sooner than ten working days after the notice. */
export function decideRelease(cfg: StepConfig & { readonly releaseNotice: ObligationSpec }): TransitionRule<'ReleaseDecided'> {
  return {
    event: 'ReleaseDecided',
    from: ['release-notified'],
    to: ['release-notified', 'recalled'],
    actors: cfg.actors,
    cite: cfg.cite,
    text: cfg.text,
    handle: (state, e, ctx) => {
      if (state.releaseDecidedOn !== undefined) return reject(already(cfg.cite));
      const early = noticeInTime(required(state, 'releaseNotifiedOn'), e.on, cfg.releaseNotice, state, ctx);
      if (early !== null) return reject(releaseTooEarly(cfg.cite, early));
      const status = state.recallDecidedOn !== undefined ? 'recalled' : 'release-notified';
      return {
        ok: true,
        value: {
          state: { ...state, status, releaseDecidedOn: e.on },
          emits: [{ type: 'ReleaseDecided', to: cfg.notify, cite: cfg.cite, event: e }],
        },
      };
    },
  };
}

export interface RecallConfig extends StepConfig {
  readonly recall?: ObligationSpec;
  /** R2 §21, R3 §19: the recall rests on the release decision, so it comes after it. */
  readonly afterRelease: boolean;
}

export function decideRecall(cfg: RecallConfig): TransitionRule<'RecallDecided'> {
  return {
    event: 'RecallDecided',
    from: ['release-notified'],
    to: ['release-notified', 'recalled'],
    actors: cfg.actors,
    cite: cfg.cite,
    text: cfg.text,
    handle: (state, e) => {
      if (state.recallDecidedOn !== undefined) return reject(already(cfg.cite));
      if (cfg.afterRelease && state.releaseDecidedOn === undefined) return reject(releaseFirst(cfg.cite));
      const status = state.releaseDecidedOn !== undefined ? 'recalled' : 'release-notified';
      return {
        ok: true,
        value: {
          state: { ...state, status, recallDecidedOn: e.on },
          close: cfg.recall ? [stepId(cfg.recall)] : [],
          emits: [{ type: 'RecallDecided', to: cfg.notify, cite: cfg.cite, event: e }],
        },
      };
    },
  };
}

const noticeTooLate = (cite: Cite, latest: LegalDate) =>
  violation(
    'RELEASE.NOTICE_TOO_LATE',
    cite,
    text(
      'Босату туралы шешім қабылданғанға дейін он жұмыс күні бұрын жазбаша хабарлау қажет',
      'Письменное уведомление направляется за десять рабочих дней до принятия решения об освобождении',
      'Written notice must be given ten working days before the release decision',
    ),
    { latestNoticeOn: latest },
  );

const releaseTooEarly = (cite: Cite, latestNotice: LegalDate) =>
  violation(
    'RELEASE.TOO_EARLY',
    cite,
    text(
      'Босату туралы шешім хабарламадан кейін он жұмыс күні өткен соң қабылданады',
      'Решение об освобождении принимается не ранее чем через десять рабочих дней после уведомления',
      'The release decision comes no sooner than ten working days after the notice',
    ),
    { latestNoticeForThisDate: latestNotice },
  );

const releaseFirst = (cite: Cite) =>
  violation(
    'CASE.ILLEGAL_TRANSITION',
    cite,
    text(
      'Кері шақырту туралы шешім босату туралы шешімнің негізінде қабылданады',
      'Решение об отзыве принимается на основании решения об освобождении',
      'The recall is decided on the basis of the release decision, which must come first',
    ),
  );

const already = (cite: Cite) =>
  violation('CASE.ILLEGAL_TRANSITION', cite, text('Шешім қабылданып қойған', 'Решение уже принято', 'This decision has already been taken'));
