import type { CaseView } from '../case-view/case-view.schema';
import type { DueMark } from '@sx/persistence';

const keyed = (view: CaseView | null): Map<string, string | null> =>
  new Map(Object.entries(view?.procedure.obligations ?? {}).map(([key, o]) => [key, o.due]));

/** The obligations a change opens or re-dates: the sweeper must find them by their due date. `rev`: the log length once the change is appended. */
export function newDueMarks(caseId: string, before: CaseView | null, after: CaseView | null, rev: number): DueMark[] {
  const was = keyed(before);
  return [...keyed(after)].filter(([key, due]) => !was.has(key) || was.get(key) !== due).map(([key, due]) => ({ caseId, key, due, rev }));
}
