import type { Cite } from '../../common/citation';
import { valueAt } from '../../common/dated-parameter';
import type { LegalDate } from '../../common/legal-date';
import { text } from '../../common/localized-text';
import type { RuleViolation } from '../../common/rule-violation';
import type { PartyRole } from '../../deadlines/party-role';
import { termEndsOn } from '../../deadlines/term-end';
import { EXTENSION_LIMIT_PARAMETERS } from '../../parameters/term.parameters';
import { required, type CaseState } from '../case-state';
import { stepId, type ObligationSpec } from '../obligation-spec';
import type { TransitionRule } from '../transition';
import { reject, violation } from '../violations';
import type { StepConfig } from './step-config';
import { releaseNotice } from './term';

export interface ExtensionConfig extends StepConfig {
  /**
   * §8 second part: the party whose consent must be its own `ExtensionConsented` step
   * (R1/R3 the receiver, R2 the MFA).
   */
  readonly consentingParty: PartyRole;
  /** §8 second part: the consents the decider records in `consentsOf` (the person, who has no service). */
  readonly consents: readonly PartyRole[];
  readonly releaseNotice: ObligationSpec;
}

/**
 * §8 second part: the receiver (R1, R3) or the MFA (R2) consents to extending the term to a given
 * date. The consent is recorded for the decider; it opens no period. A consent beyond the one-year
 * limit, or to an end not later than the current one, could never be used and is refused.
 */
export function consentToExtension(cfg: StepConfig): TransitionRule<'ExtensionConsented'> {
  return {
    event: 'ExtensionConsented',
    from: ['active'],
    to: ['active'],
    actors: cfg.actors,
    cite: cfg.cite,
    text: cfg.text,
    handle: (state, e) => {
      const problems = termProblems(cfg.cite, state, e.newTermEndsOn);
      if (problems.length > 0) return reject(...problems);
      const next: CaseState = { ...state, extensionConsent: { by: e.actor, newTermEndsOn: e.newTermEndsOn, on: e.on } };
      return { ok: true, value: { state: next, emits: [{ type: 'ExtensionConsented', to: cfg.notify, cite: cfg.cite, event: e }] } };
    },
  };
}

/**
 * §8 second part: the term may be extended by at most one year in all. No clause lets a law,
 * treaty or charter lift that limit, so the limit counts from the term as first set. The decision
 * rests on the consenting party's recorded consent to the same end, and uses it up.
 */
export function decideExtension(cfg: ExtensionConfig): TransitionRule<'ExtensionDecided'> {
  return {
    event: 'ExtensionDecided',
    from: ['active'],
    to: ['active'],
    actors: cfg.actors,
    cite: cfg.cite,
    text: cfg.text,
    opens: [cfg.releaseNotice],
    handle: (state, e, ctx) => {
      const problems: RuleViolation[] = [];
      const consent = state.extensionConsent;
      const consented = consent?.by === cfg.consentingParty && consent.newTermEndsOn === e.newTermEndsOn;
      const missing = [...(consented ? [] : [cfg.consentingParty]), ...cfg.consents.filter((role) => !e.consentsOf.includes(role))];
      if (missing.length > 0) problems.push(consentMissing(cfg.cite, missing));
      problems.push(...termProblems(cfg.cite, state, e.newTermEndsOn));
      if (problems.length > 0) return reject(...problems);
      const next: CaseState = { ...withoutConsent(state), termEndsOn: e.newTermEndsOn };
      return {
        ok: true,
        value: {
          state: next,
          close: [stepId(cfg.releaseNotice)],
          open: [releaseNotice(cfg.releaseNotice, next, e.on, ctx)],
          emits: [{ type: 'ExtensionDecided', to: cfg.notify, cite: cfg.cite, event: e }],
        },
      };
    },
  };
}

/** The state with the recorded consent used up (the key removed, so the stored state drops it too). */
function withoutConsent(state: CaseState): CaseState {
  const next: { -readonly [K in keyof CaseState]: CaseState[K] } = { ...state };
  delete next.extensionConsent;
  return next;
}

/** §8: the new end must be later than the current one and within the limit. */
function termProblems(cite: Cite, state: CaseState, newTermEndsOn: LegalDate): RuleViolation[] {
  const problems: RuleViolation[] = [];
  const current = required(state, 'termEndsOn');
  if (newTermEndsOn <= current) problems.push(notLater(cite, current));
  const limit = extensionLimit(state);
  if (newTermEndsOn > limit) problems.push(limitExceeded(cite, limit));
  return problems;
}

/** The latest end an extension may give: the first term's end plus the limit (one year). */
export function extensionLimit(state: CaseState): LegalDate {
  const limit = valueAt(EXTENSION_LIMIT_PARAMETERS[state.ruleSet], required(state, 'asOf'));
  return termEndsOn(required(state, 'initialTermEndsOn'), limit);
}

const consentMissing = (cite: Cite, missing: readonly PartyRole[]) =>
  violation(
    'EXTENSION.CONSENT_MISSING',
    cite,
    text(
      'Мерзімді ұзартуға тараптардың келісімі қажет',
      'Для продления срока необходимо согласие сторон',
      'Extending the term needs the consent of the parties',
    ),
    { missing: missing.join(', ') },
  );

const notLater = (cite: Cite, current: LegalDate) =>
  violation(
    'EXTENSION.NOT_LATER',
    cite,
    text('Жаңа мерзім қазіргі мерзімнен кейін аяқталуы тиіс', 'Новый срок должен оканчиваться позже текущего', 'The new term must end after the current one'),
    { current },
  );

const limitExceeded = (cite: Cite, limit: LegalDate) =>
  violation(
    'EXTENSION.LIMIT_EXCEEDED',
    cite,
    text(
      'Мерзім бір жылдан асырмай ғана ұзартылуы мүмкін',
      'Срок может быть продлён не более чем на один год',
      'The term may be extended by at most one year',
    ),
    { limit },
  );
