import { valueAt, type DatedParameter } from '../../common/dated-parameter';
import { addCalendarDays, type LegalDate } from '../../common/legal-date';
import type { Obligation } from '../../deadlines/obligation';
import { inMonths, termEnd } from '../../deadlines/term-end';
import { months, type Period } from '../../parameters/period';
import { recordedPeriod, required, type CaseState } from '../case-state';
import { openObligation, type ObligationSpec } from '../obligation-spec';
import type { ProcedureContext } from '../transition';

/** A rule set's §8, as its paragraph file states it by edition: the term, and the most an extension may add. */
export interface TermRule {
  readonly term: DatedParameter<Period>;
  readonly extensionLimit: DatedParameter<Period>;
}

/** §8: the term of the case's edition, unless a recorded law, treaty or charter sets another for this case. */
export function termOf(state: CaseState, rule: TermRule): Period {
  return recordedPeriod(state, 'term')?.period ?? valueAt(rule.term, required(state, 'asOf'));
}

/** §8 second part: the extension limit in force for the case's edition; no clause lets a case lift it. */
export const extensionLimitOf = (state: CaseState, rule: TermRule): Period => valueAt(rule.extensionLimit, required(state, 'asOf'));

/** The notice before the release on expiry (R1 §19, R2 §21, R3 §19), due before the term's last day. */
export const releaseNotice = (spec: ObligationSpec, state: CaseState, openedOn: LegalDate, ctx: ProcedureContext): Obligation =>
  openObligation(spec, required(state, 'termEndsOn'), state, ctx, openedOn);

/** The secondment starts: its term runs from the start date in the confirming document or the MFA's order. */
export function activate(state: CaseState, startsOn: LegalDate, rule: TermRule): CaseState {
  const { lastDay, returnsOn } = termEnd(startsOn, termOf(state, rule));
  return { ...state, status: 'active', startsOn, initialTermEndsOn: lastDay, termEndsOn: lastDay, returnsOn };
}

/** The term's last day moved by an extension; the person returns the day after. */
export const extendTo = (state: CaseState, lastDay: LegalDate): CaseState => ({ ...state, termEndsOn: lastDay, returnsOn: addCalendarDays(lastDay, 1) });

/**
 * §8 second part: the latest last day an extension may give, counted like the term itself: the
 * term and the limit together from the start date (three years and one from 3 June 2024 end on
 * 2 June 2028). A term set in days by an override has no common unit with the limit, so the limit
 * then runs from the day after the first term's last day.
 */
export function extensionLimit(state: CaseState, rule: TermRule): LegalDate {
  const limit = extensionLimitOf(state, rule);
  const term = inMonths(termOf(state, rule));
  const extra = inMonths(limit);
  if (term !== undefined && extra !== undefined) return termEnd(required(state, 'startsOn'), months(term + extra)).lastDay;
  return termEnd(addCalendarDays(required(state, 'initialTermEndsOn'), 1), limit).lastDay;
}
