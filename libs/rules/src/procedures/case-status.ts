import { z } from 'zod';

/** The states every procedure moves through; a rule set uses the subset its paragraphs describe. */
export const CASE_STATUSES = [
  'draft',
  'proposal-under-review',
  'proposal-refused',
  'proposal-agreed',
  'awaiting-approval',
  'approval-denied',
  'awaiting-appointment',
  'awaiting-order',
  'awaiting-sender-order',
  'active',
  'release-notified',
  'early-recall-decided',
  'recalled',
  'withdrawn',
] as const;
export const CaseStatusSchema = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof CaseStatusSchema>;

/** Nothing happens after these; entering one closes every obligation still open. */
export const TERMINAL_STATUSES: readonly CaseStatus[] = ['approval-denied', 'recalled', 'withdrawn'];

/** The secondment runs: the order is issued and the person has not been recalled. */
export const SERVING_STATUSES: readonly CaseStatus[] = ['active', 'release-notified', 'early-recall-decided'];
