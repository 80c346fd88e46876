import type { Cite } from '../common/citation';
import type { LegalDate } from '../common/legal-date';
import type { LocalizedText } from '../common/localized-text';
import type { DeadlineStep } from '../parameters/deadlines.parameters';
import type { Period } from '../parameters/period';
import type { PartyRole } from './party-role';

/** A recorded departure from the standard period: only with the act and article that allow it. */
export interface ObligationOverride {
  /** e.g. "Charter of the OSCE, art. 12". */
  readonly basis: string;
  readonly value: Period;
}

/**
 * Something a party must do by a date. The case document keeps its open obligations keyed by `id`
 * (stable per step, e.g. `R3.receiver-decision`; repeatable steps add `:<date>`), and a sweeper
 * acts on those past `due`.
 */
export interface Obligation {
  readonly id: string;
  readonly step: DeadlineStep;
  readonly actor: PartyRole;
  readonly action: string;
  readonly due: LegalDate;
  readonly cite: Cite;
  readonly text: LocalizedText;
  readonly openedOn: LegalDate;
  readonly override?: ObligationOverride;
}
