import { valueAt } from '../../common/dated-parameter';
import type { LegalDate } from '../../common/legal-date';
import type { Obligation } from '../../deadlines/obligation';
import { termEndsOn } from '../../deadlines/term-end';
import type { Period } from '../../parameters/period';
import { TERM_PARAMETERS } from '../../parameters/term.parameters';
import { recordedPeriod, required, type CaseState } from '../case-state';
import { openObligation, type ObligationSpec } from '../obligation-spec';
import type { ProcedureContext } from '../transition';

/** §8: three years unless a recorded law, treaty or charter sets another term for this case. */
export function termOf(state: CaseState): Period {
  return recordedPeriod(state, 'term')?.period ?? valueAt(TERM_PARAMETERS[state.ruleSet], required(state, 'asOf'));
}

/** The notice before the release on expiry (R1 §19, R2 §21, R3 §19), due before the term ends. */
export const releaseNotice = (spec: ObligationSpec, state: CaseState, openedOn: LegalDate, ctx: ProcedureContext): Obligation =>
  openObligation(spec, required(state, 'termEndsOn'), state, ctx, openedOn);

/** The secondment starts: its term runs from the start date in the confirming document or the MFA's order. */
export function activate(state: CaseState, startsOn: LegalDate): CaseState {
  const ends = termEndsOn(startsOn, termOf(state));
  return { ...state, status: 'active', startsOn, initialTermEndsOn: ends, termEndsOn: ends };
}
