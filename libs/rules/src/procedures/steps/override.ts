import type { Cite, RuleSet } from '../../common/citation';
import { text } from '../../common/localized-text';
import type { RuleViolation } from '../../common/rule-violation';
import { computeDue, withDue } from '../../deadlines/compute-due';
import { describeBasis } from '../../deadlines/legal-basis';
import type { Obligation } from '../../deadlines/obligation';
import type { OverrideClause, OverrideClauses, OverrideTarget } from '../../deadlines/override-clauses';
import { required, type CaseState, type RecordedOverride } from '../case-state';
import type { EventOf } from '../events.schema';
import { transition } from '../step-builder';
import type { ObligationSpec } from '../obligation-spec';
import type { ProcedureContext, TransitionRule } from '../transition';
import { refusal, reject, violation } from '../violations';
import type { StepConfig } from './step-config';

export interface OverrideConfig extends StepConfig {
  /** The periods the rule set's other steps open: an override reissues the open one with its own text. */
  readonly specs: readonly ObligationSpec[];
  /** The "unless … provides otherwise" clauses, each stated in its paragraph's file. */
  readonly clauses: OverrideClauses;
  /** Where a target without a period parameter or a clause sits in the rule set (cited in a refusal). */
  readonly targetCites: Partial<Record<OverrideTarget, Cite>>;
}

const specOf = (specs: readonly ObligationSpec[], step: string): ObligationSpec | undefined => specs.find((s) => s.step === step);

const targetCite = ({ specs, targetCites, ruleSet }: OverrideConfig, target: OverrideTarget): Cite =>
  specOf(specs, target)?.parameter.cite ?? targetCites[target] ?? `SPEC Procedure ${ruleSet}`;

/**
 * "Unless a law / treaty / charter provides otherwise": a case may depart from a period, the term
 * or the routing only where the paragraph has that clause, only on the kind of act it names, and
 * only with the act and article recorded. Everything else keeps the standard value.
 */
export function recordOverride(cfg: OverrideConfig): TransitionRule<'OverrideRecorded'> {
  return transition(cfg, {
    event: 'OverrideRecorded',
    from: ['proposal-under-review', 'proposal-refused', 'proposal-agreed', 'awaiting-approval', 'awaiting-appointment', 'awaiting-order', 'awaiting-sender-order', 'active', 'release-notified', 'early-recall-decided'],
    to: [],
    decide: (state, e, ctx) => {
      const clause = cfg.clauses[e.target];
      if (!clause) return reject(notAllowed(targetCite(cfg, e.target), { target: e.target }));
      const problems = checkOverride(clause, state, e);
      if (problems.length > 0) return reject(...problems);
      const recorded: RecordedOverride = { target: e.target, basis: e.basis, value: e.value, recordedOn: e.on };
      const next: CaseState = { ...state, overrides: [...state.overrides.filter((o) => o.target !== e.target), recorded] };
      const reissued = reissue(cfg.specs, state.obligations[`${state.ruleSet}.${e.target}`], recorded, ctx);
      return {
        ok: true,
        value: {
          state: next,
          close: reissued ? [reissued.id] : [],
          open: reissued ? [reissued] : [],
          messageCite: clause.cite,
        },
      };
    },
  });
}

function checkOverride(clause: OverrideClause, state: CaseState, e: EventOf<'OverrideRecorded'>): RuleViolation[] {
  const problems: RuleViolation[] = [];
  const { kind } = e.basis;
  if (!clause.kinds.includes(kind)) problems.push(basisNotAllowed(clause.cite, { kind, allowed: clause.kinds.join(', ') }));
  else if (kind === 'charter' && !clause.charterOf(required(state, 'receiverKind'))) {
    problems.push(basisNotAllowed(clause.cite, { kind, receiver: required(state, 'receiverKind') }));
  }
  const isRouting = e.target === 'approval-routing';
  const value = e.value;
  const isPeriod = 'amount' in value;
  const badUnit = 'amount' in value && (e.target === 'term' ? value.unit === 'working-days' : value.unit === 'years');
  if (isRouting === isPeriod || badUnit) problems.push(valueInvalid(clause.cite, { target: e.target }));
  const alreadyUsed = (e.target === 'term' && state.termEndsOn !== undefined) || (isRouting && state.approvingAuthority !== undefined);
  if (alreadyUsed) problems.push(tooLate(clause.cite, { target: e.target }));
  return problems;
}

/** An open obligation of the overridden step gets its new due date, counted from the same day. */
function reissue(specs: readonly ObligationSpec[], open: Obligation | undefined, recorded: RecordedOverride, ctx: ProcedureContext): Obligation | undefined {
  if (!open || !('amount' in recorded.value)) return undefined;
  const value = recorded.value;
  // The text states the period: the overridden one now (the spec exists, or the obligation would not).
  const text = specOf(specs, open.step)?.describe?.(value) ?? open.text;
  const overridden: Obligation = { ...open, period: value, text, override: { basis: describeBasis(recorded.basis), value } };
  return withDue(overridden, computeDue(open.countsFrom, value, open.counting, ctx.calendar));
}

const notAllowed = refusal<{ readonly target: string }>(
  'OVERRIDE.NOT_ALLOWED',
  text(
    'Бұл тармақ өзгеше белгілеуге жол бермейді: стандартты мерзім қолданылады',
    'Этот пункт не допускает иного: применяется установленный срок',
    'This paragraph allows no other provision: the standard value applies',
  ),
);

/** Its details name what decided it: the kind of act, or the receiver whose charter is not named. */
const basisNotAllowed = (cite: Cite, details: Record<string, string>) =>
  violation(
    'OVERRIDE.BASIS_NOT_ALLOWED',
    cite,
    text(
      'Бұл тармақ актінің мұндай түрін немесе осы ұйымның жарғысын атамайды',
      'Этот пункт не называет такой вид акта или устав данной организации',
      'This paragraph does not name this kind of act, or this organization’s charter',
    ),
    details,
  );

const valueInvalid = refusal<{ readonly target: string }>(
  'OVERRIDE.VALUE_INVALID',
  text('Мән дұрыс емес', 'Неверное значение', 'The value does not fit what it overrides'),
);

const tooLate = refusal<{ readonly target: string }>(
  'OVERRIDE.TOO_LATE',
  text('Бұл мән қолданылып қойған', 'Это значение уже применено', 'This value has already been applied to the case'),
);
