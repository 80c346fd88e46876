import type { Cite, RuleSet } from '../common/citation';
import { isNonStateOrganization, isOutsideRk, type OrganizationKind } from '../organizations';
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

const clause = (cite: Cite, kinds: readonly LegalBasisKind[], charterOf = isOutsideRk): OverrideClause => ({
  cite,
  kinds,
  charterOf,
});

export const OVERRIDE_CLAUSES: Readonly<Record<RuleSet, Partial<Record<OverrideTarget, OverrideClause>>>> = {
  R1: {
    'receiver-decision': clause('R1 §13', ['charter']),
    'appointment-decision': clause('R1 §16', ['charter']),
    // "the charters and other documents of organizations": any organization that is not a state body.
    term: clause('R1 §8', ['law', 'charter'], isNonStateOrganization),
  },
  R2: {
    term: clause('R2 §8', ['law']),
  },
  R3: {
    'approval-routing': clause('R3 §11', ['treaty']),
    'receiver-decision': clause('R3 §13', ['treaty', 'charter']),
    'appointment-decision': clause('R3 §16', ['treaty', 'charter']),
    term: clause('R3 §8', ['law', 'treaty', 'charter'], isNonStateOrganization),
  },
};

/** Where each target sits in a rule set when it has no period parameter of its own. */
export const TARGET_CITES: Readonly<Record<RuleSet, Partial<Record<OverrideTarget, Cite>>>> = {
  R1: { 'approval-routing': 'R1 §11', 'extension-limit': 'R1 §8', term: 'R1 §8' },
  R2: { 'approval-routing': 'R2 §10', 'extension-limit': 'R2 §8', term: 'R2 §8', 'recall-decision': 'R2 §21' },
  R3: {
    'approval-routing': 'R3 §11',
    'extension-limit': 'R3 §8',
    term: 'R3 §8',
    'replacement-candidate': 'R3 §14',
    'personal-file': 'R3 §17',
    'recall-decision': 'R3 §19',
  },
};
