import type { Case, Obligation } from '../api/api-types';

/**
 * "Owed by" and "due within" are filtered here, on the cases GET /cases returned, because the API
 * filters only by status and overdue today. Moving them to the API is a separate change.
 */
export type Owed = 'any' | 'me' | 'others' | 'overdue' | 'dueWithin';

export interface CaseFilter {
  readonly ruleSet: 'any' | 'R1' | 'R2' | 'R3';
  readonly owed: Owed;
  /** Working days, for `dueWithin`. */
  readonly withinDays: number;
  /** Part of the reference or of the candidate's name, any case. */
  readonly search: string;
}

export const NO_FILTER: CaseFilter = { ruleSet: 'any', owed: 'any', withinDays: 5, search: '' };

const matchesSearch = (c: Case, search: string): boolean => {
  const q = search.trim().toLocaleLowerCase();
  return q === '' || c.reference.toLocaleLowerCase().includes(q) || c.candidate.fullName.toLocaleLowerCase().includes(q);
};

/** The case's open obligations that fall to one of the caller's roles in it. */
export const owedByMe = (c: Case): Obligation[] => c.obligations.filter((o) => c.yourRoles.includes(o.actor));

function matchesOwed(c: Case, f: CaseFilter): boolean {
  switch (f.owed) {
    case 'any':
      return true;
    case 'me':
      return owedByMe(c).length > 0;
    case 'others':
      return c.obligations.some((o) => !c.yourRoles.includes(o.actor));
    case 'overdue':
      return c.obligations.some((o) => o.overdue);
    case 'dueWithin':
      return c.obligations.some((o) => o.workingDaysLeft !== null && o.workingDaysLeft >= 0 && o.workingDaysLeft <= f.withinDays);
  }
}

export function filterCases(cases: readonly Case[], f: CaseFilter): Case[] {
  return cases.filter((c) => (f.ruleSet === 'any' || c.ruleSet === f.ruleSet) && matchesOwed(c, f) && matchesSearch(c, f.search));
}

const daysLeft = (c: Case): number => mostUrgent(c)?.workingDaysLeft ?? Infinity;

/**
 * The work list's order: what the official owes first (their next act, soonest due first), then the
 * cases waiting on others, by their nearest deadline; cases without one last, newest reference first.
 */
export function workOrder(cases: readonly Case[]): Case[] {
  const mine = (c: Case) => (owedByMe(c).length > 0 || awaitsMyApproval(c) ? 0 : 1);
  return [...cases].sort((a, b) => mine(a) - mine(b) || daysLeft(a) - daysLeft(b) || b.reference.localeCompare(a.reference));
}

/** The obligation that decides a case's urgency: the one due soonest (overdue first). */
export function mostUrgent(c: Case): Obligation | undefined {
  return [...c.obligations].sort((a, b) => (a.workingDaysLeft ?? Infinity) - (b.workingDaysLeft ?? Infinity))[0];
}

export type Urgency = 'overdue' | 'urgent' | 'soon' | 'calm' | 'none';

/** Countdown colour: overdue, today or tomorrow, within a working week, later. */
export function urgencyOf(workingDaysLeft: number | null | undefined): Urgency {
  if (workingDaysLeft === null || workingDaysLeft === undefined) return 'none';
  if (workingDaysLeft < 0) return 'overdue';
  if (workingDaysLeft <= 1) return 'urgent';
  if (workingDaysLeft <= 5) return 'soon';
  return 'calm';
}

/**
 * A case waits for this approver once the sender asked for approval (R1 §15, R2 §16, R3 §15). The
 * law sets the approver no deadline, so it is the status, not an obligation, that says so.
 */
export const awaitsMyApproval = (c: Case): boolean => c.yourRoles.includes('approver') && c.status === 'awaiting-approval';
