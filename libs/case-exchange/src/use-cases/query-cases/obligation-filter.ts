import type { ObligationResponse } from '../../http/case-response';

/** Which open obligations a list asks about; a case is listed when one obligation meets all of them. */
export interface ObligationFilter {
  /** `me`: the caller's agency owes it (its role in the case is the obligation's actor); `others`: another party does. */
  readonly owedBy?: 'me' | 'others';
  /** Due today or within this many working days (the rules' calendar); overdue ones are not "due within". */
  readonly dueWithin?: number;
  readonly overdue?: boolean;
}

export const hasObligationFilter = (f: ObligationFilter): boolean => f.owedBy !== undefined || f.dueWithin !== undefined;

export function obligationMatches(o: ObligationResponse, yourRoles: readonly string[], f: ObligationFilter): boolean {
  if (f.owedBy !== undefined && yourRoles.includes(o.actor) !== (f.owedBy === 'me')) return false;
  if (f.dueWithin !== undefined && (o.workingDaysLeft === null || o.workingDaysLeft < 0 || o.workingDaysLeft > f.dueWithin)) return false;
  if (f.overdue && !o.overdue) return false;
  return true;
}
