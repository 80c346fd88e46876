import type { Cite } from '../../common/citation';
import type { LegalDate } from '../../common/legal-date';
import { text } from '../../common/localized-text';
import type { RuleViolation } from '../../common/rule-violation';
import type { PartyRole } from '../../deadlines/party-role';
import { required, type CaseState } from '../case-state';
import { stepId, type ObligationSpec } from '../obligation-spec';
import { transition } from '../step-builder';
import type { TransitionRule } from '../transition';
import { periodRefusal, refusal, reject, violation } from '../violations';
import type { StepConfig } from './step-config';
import { extendTo, extensionLimit, extensionLimitOf, releaseNotice, type TermRule } from './term';

/** §8: the paragraph that sets the term and the limit an extension must keep within. */
export interface ExtensionConsentConfig extends StepConfig {
  readonly term: TermRule;
}

export interface ExtensionConfig extends ExtensionConsentConfig {
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
 * last day. The consent is recorded for the decider; it opens no period. A consent beyond the
 * limit, or to an end not later than the current one, could never be used and is refused.
 */
export function consentToExtension(cfg: ExtensionConsentConfig): TransitionRule<'ExtensionConsented'> {
  return transition(cfg, {
    event: 'ExtensionConsented', from: ['active'], to: ['active'],
    decide: (state, e) => {
      const problems = termProblems(cfg, state, e.newTermEndsOn, e.on);
      if (problems.length > 0) return reject(...problems);
      return { ok: true, value: { state: { ...state, extensionConsent: { by: e.actor, newTermEndsOn: e.newTermEndsOn, on: e.on } } } };
    },
  });
}

/**
 * §8 second part: the term may be extended by at most the limit in all. No clause lets a law,
 * treaty or charter lift that limit, so it counts from the term as first set. The decision rests
 * on the consenting party's recorded consent to the same last day, and uses it up.
 */
export function decideExtension(cfg: ExtensionConfig): TransitionRule<'ExtensionDecided'> {
  return transition(cfg, {
    event: 'ExtensionDecided', from: ['active'], to: ['active'],
    opens: [cfg.releaseNotice],
    decide: (state, e, ctx) => {
      const problems: RuleViolation[] = [];
      const consent = state.extensionConsent;
      const consented = consent?.by === cfg.consentingParty && consent.newTermEndsOn === e.newTermEndsOn;
      const missing = [...(consented ? [] : [cfg.consentingParty]), ...cfg.consents.filter((role) => !e.consentsOf.includes(role))];
      if (missing.length > 0) problems.push(consentMissing(cfg.cite, missing));
      problems.push(...termProblems(cfg, state, e.newTermEndsOn, e.on));
      if (problems.length > 0) return reject(...problems);
      const next = extendTo(withoutConsent(state), e.newTermEndsOn);
      return { ok: true, value: { state: next, close: [stepId(cfg.releaseNotice)], open: [releaseNotice(cfg.releaseNotice, next, e.on, ctx)] } };
    },
  });
}

/** The state with the recorded consent used up (the key removed, so the stored state drops it too). */
function withoutConsent(state: CaseState): CaseState {
  const next: { -readonly [K in keyof CaseState]: CaseState[K] } = { ...state };
  delete next.extensionConsent;
  return next;
}

/** §8: the new last day must be later than the current one and within the limit. */
function termProblems({ cite, term }: ExtensionConsentConfig, state: CaseState, newTermEndsOn: LegalDate, on: LegalDate): RuleViolation[] {
  const problems: RuleViolation[] = [];
  const current = required(state, 'termEndsOn');
  if (on > current) problems.push(termEnded(cite, current));
  if (newTermEndsOn <= current) problems.push(notLater(cite, { current }));
  const limit = extensionLimit(state, term);
  if (newTermEndsOn > limit) problems.push(limitExceeded(cite, extensionLimitOf(state, term), { limit }));
  return problems;
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

/** §8 extends a term that is running: once its last day has passed there is nothing left to extend. */
const termEnded = (cite: Cite, termEndsOn: LegalDate) =>
  violation(
    'EXTENSION.TERM_ENDED',
    cite,
    text(
      `Мерзім тек ол өтіп жатқанда ұзартылады; оның соңғы күні ${termEndsOn} өтіп кетті`,
      `Продлить можно только текущий срок; его последний день ${termEndsOn} уже прошёл`,
      `Only a running term can be extended; its last day, ${termEndsOn}, has passed`,
    ),
    { termEndsOn },
  );

const notLater = refusal<{ readonly current: LegalDate }>(
  'EXTENSION.NOT_LATER',
  text('Жаңа мерзім қазіргі мерзімнен кейін аяқталуы тиіс', 'Новый срок должен оканчиваться позже текущего', 'The new term must end after the current one'),
);

const limitExceeded = periodRefusal<{ readonly limit: LegalDate }>('EXTENSION.LIMIT_EXCEEDED', (n, { limit }) =>
  text(
    `Мерзім ең көбі ${n.kk} мерзімге ұзартылуы мүмкін: соңғы күн — ${limit}`,
    `Срок может быть продлён не более чем на ${n.ru}; последний допустимый день — ${limit}`,
    `The term may be extended by at most ${n.en}: the last day allowed is ${limit}`,
  ),
);
