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
  /** §8 second part: R1/R3 the receiver and the person, R2 the MFA and the person. */
  readonly consents: readonly PartyRole[];
  readonly releaseNotice: ObligationSpec;
}

/**
 * §8 second part: the term may be extended by at most one year in all. No clause lets a law,
 * treaty or charter lift that limit, so the limit counts from the term as first set.
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
      const missing = cfg.consents.filter((role) => !e.consentsOf.includes(role));
      if (missing.length > 0) problems.push(consentMissing(cfg.cite, missing));
      const current = required(state, 'termEndsOn');
      if (e.newTermEndsOn <= current) problems.push(notLater(cfg.cite, current));
      const limit = extensionLimit(state);
      if (e.newTermEndsOn > limit) problems.push(limitExceeded(cfg.cite, limit));
      if (problems.length > 0) return reject(...problems);
      const next: CaseState = { ...state, termEndsOn: e.newTermEndsOn };
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
