import type { Cite } from '../common/citation';
import { isOutsideRk, type OrganizationKind } from '../organizations';
import type { DeadlineStep } from './deadline-step';
import type { LegalBasisKind } from './legal-basis';

/** What a case may override: a step's period, the term, the extension limit, or the approval routing. */
export const OVERRIDE_TARGETS = [
  'receiver-decision',
  'mfa-interview',
  'mfa-decision',
  'replacement-candidate',
  'approval-request',
  'appointment-decision',
  'order',
  'personal-file',
  'kpi',
  'discipline-report',
  'release-notice',
  'recall-decision',
  'early-recall-notice',
  'term',
  'extension-limit',
  'approval-routing',
] as const satisfies readonly (DeadlineStep | 'term' | 'extension-limit' | 'approval-routing')[];
export type OverrideTarget = (typeof OVERRIDE_TARGETS)[number];

/**
 * An "unless … provides otherwise" clause: the kinds of act it names and, for a charter, whose
 * charter counts (R1 §13 and R3 §13 name only organizations that are not RK organizations).
 */
export interface OverrideClause {
  readonly cite: Cite;
  readonly kinds: readonly LegalBasisKind[];
  readonly charterOf: (receiver: OrganizationKind) => boolean;
}

/** A paragraph's clause; a charter counts, unless the paragraph says otherwise, only for a receiver outside the RK. */
export const overrideClause = (cite: Cite, kinds: readonly LegalBasisKind[], charterOf = isOutsideRk): OverrideClause => ({
  cite,
  kinds,
  charterOf,
});

/** The clauses a rule set's paragraphs have, by what each lets a case override. */
export type OverrideClauses = Partial<Record<OverrideTarget, OverrideClause>>;
