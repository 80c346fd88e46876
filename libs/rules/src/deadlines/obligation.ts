import type { Cite } from '../common/citation';
import type { LegalDate } from '../common/legal-date';
import type { LocalizedText } from '../common/localized-text';
import type { RuleViolation } from '../common/rule-violation';
import type { DeadlineStep } from './deadline-step';
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
 * acts on those past `due`. `countsFrom`, `period` and `counting` say how `due` was reached, so it
 * can be shown, audited and recomputed.
 */
export interface Obligation {
  readonly id: string;
  readonly step: DeadlineStep;
  readonly actor: PartyRole;
  readonly action: string;
  /**
   * Null while the working calendar lacks the year the due date falls in (a release notice three
   * years ahead): the calendar refuses to guess, and `refreshObligations` fills it in once the year
   * is loaded. `dueBlockedBy` then says why.
   */
  readonly due: LegalDate | null;
  readonly dueBlockedBy?: RuleViolation;
  /** `after`: the period runs from the day after `countsFrom`; `before`: it ends at `countsFrom`. */
  readonly counting: 'after' | 'before';
  readonly countsFrom: LegalDate;
  /**
   * The law counts the period from the owing party's receipt of the step (R1 §13, R3 §13, …): its own
   * service's receipt, when later than `countsFrom`, starts it (`startOnReceipt`).
   */
  readonly countsFromReceipt?: true;
  readonly period: Period;
  readonly cite: Cite;
  readonly text: LocalizedText;
  readonly openedOn: LegalDate;
  readonly override?: ObligationOverride;
}
