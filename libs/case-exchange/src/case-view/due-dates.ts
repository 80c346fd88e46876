import type { CaseState } from '@sx/rules';
import { storedKey } from './stored-procedure';

export interface DueDates {
  /** The earliest due date of the open obligations (lists filter overdue cases by it). */
  readonly next: string | null;
  /** The earliest due date not yet recorded as missed (the sweeper looks for cases by it). */
  readonly nextUnrecorded: string | null;
  /** Some obligation has no due date yet: it falls past the calendar's years. */
  readonly blocked: boolean;
}

export function dueDates(procedure: CaseState, missed: Readonly<Record<string, string>> = {}): DueDates {
  const all = Object.values(procedure.obligations);
  const dated = all.flatMap((o) => (o.due === null ? [] : [{ key: storedKey(o.id), due: o.due }]));
  const first = (xs: readonly { due: string }[]): string | null => xs.map((x) => x.due).sort()[0] ?? null;
  return { next: first(dated), nextUnrecorded: first(dated.filter((x) => !missed[x.key])), blocked: all.some((o) => o.due === null) };
}
