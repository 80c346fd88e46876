import { z } from 'zod';

/** The states every procedure moves through; a rule set uses the subset its paragraphs describe. */
export const CASE_STATUSES = [
  // the proposal and the receiver's answer
  ...['draft', 'proposal-under-review', 'proposal-refused', 'proposal-agreed'] as const,
  // the approval by the central authorities the rule set names
  ...['awaiting-approval', 'approval-denied'] as const,
  // the appointment and the orders
  ...['awaiting-appointment', 'awaiting-order', 'awaiting-sender-order'] as const,
  // the secondment and how it ends
  ...['active', 'release-notified', 'early-recall-decided', 'recalled', 'withdrawn'] as const,
] as const;
export const CaseStatusSchema = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof CaseStatusSchema>;

/** Nothing happens after these; entering one closes every obligation still open. */
export const TERMINAL_STATUSES: readonly CaseStatus[] = ['approval-denied', 'recalled', 'withdrawn'];

/** The secondment runs: the order is issued and the person has not been recalled. */
export const SERVING_STATUSES: readonly CaseStatus[] = ['active', 'release-notified', 'early-recall-decided'];
