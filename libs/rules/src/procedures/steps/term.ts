import { valueAt } from '../../common/dated-parameter';
import { addCalendarDays, type LegalDate } from '../../common/legal-date';
import type { Obligation } from '../../deadlines/obligation';
import { inMonths, termEnd } from '../../deadlines/term-end';
import { months, type Period } from '../../parameters/period';
import { EXTENSION_LIMIT_PARAMETERS, TERM_PARAMETERS } from '../../parameters/term.parameters';
import { recordedPeriod, required, type CaseState } from '../case-state';
import { openObligation, type ObligationSpec } from '../obligation-spec';
import type { ProcedureContext } from '../transition';

/** §8: three years unless a recorded law, treaty or charter sets another term for this case. */
export function termOf(state: CaseState): Period {
  return recordedPeriod(state, 'term')?.period ?? valueAt(TERM_PARAMETERS[state.ruleSet], required(state, 'asOf'));
}

/** §8 second part: the extension limit in force for the case's edition (one year). */
export const extensionLimitOf = (state: CaseState): Period => valueAt(EXTENSION_LIMIT_PARAMETERS[state.ruleSet], required(state, 'asOf'));

/** The notice before the release on expiry (R1 §19, R2 §21, R3 §19), due before the term's last day. */
export const releaseNotice = (spec: ObligationSpec, state: CaseState, openedOn: LegalDate, ctx: ProcedureContext): Obligation =>
  openObligation(spec, required(state, 'termEndsOn'), state, ctx, openedOn);

/** The secondment starts: its term runs from the start date in the confirming document or the MFA's order. */
export function activate(state: CaseState, startsOn: LegalDate): CaseState {
  const { lastDay, returnsOn } = termEnd(startsOn, termOf(state));
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
export function extensionLimit(state: CaseState): LegalDate {
  const limit = extensionLimitOf(state);
  const term = inMonths(termOf(state));
  const extra = inMonths(limit);
  if (term !== undefined && extra !== undefined) return termEnd(required(state, 'startsOn'), months(term + extra)).lastDay;
  return termEnd(addCalendarDays(required(state, 'initialTermEndsOn'), 1), limit).lastDay;
}
