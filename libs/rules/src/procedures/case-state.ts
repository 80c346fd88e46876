import type { RuleSet } from '../common/citation';
import type { LegalDate } from '../common/legal-date';
import type { LegalBasis } from '../deadlines/legal-basis';
import type { Obligation } from '../deadlines/obligation';
import type { PartyRole } from '../deadlines/party-role';
import type { OverrideTarget } from '../deadlines/override-clauses';
import type { OrganizationKind } from '../organizations';
import type { Period } from '../parameters/period';
import type { ApprovingAuthority } from '../routing/approval-route';
import type { CaseStatus } from './case-status';

/** A departure from a standard value that the case may make because an act says so. */
export interface RecordedOverride {
  readonly target: OverrideTarget;
  readonly basis: LegalBasis;
  readonly value: Period | { readonly authority: ApprovingAuthority };
  readonly recordedOn: LegalDate;
}

/**
 * What the procedures need to know about a case. Plain data, so services store it as it is; the
 * open obligations are a map keyed by obligation id (positional array updates are weak in FerretDB).
 */
export interface CaseState {
  readonly ruleSet: RuleSet;
  readonly status: CaseStatus;
  /** The first proposal's date: the edition of the rules in force on it governs the whole case. */
  readonly asOf?: LegalDate;
  readonly receiverKind?: OrganizationKind;
  /** R2 §16 part 2: the candidate is a civil servant of the Presidential Administration. */
  readonly candidateIsPresidentialAdministrationServant?: boolean;
  /** How many candidates have been proposed (R1 §14, R2 §15, R3 §14 start another round). */
  readonly proposals: number;
  readonly interviewedOn?: LegalDate;
  readonly approvingAuthority?: ApprovingAuthority;
  readonly startsOn?: LegalDate;
  /** The term's end as first set (term or its override): the extension limit counts from here. */
  readonly initialTermEndsOn?: LegalDate;
  /** §8: the last day of the term, inclusive (the start date is day one); moved by an extension. */
  readonly termEndsOn?: LegalDate;
  /** The day after `termEndsOn`: the first day the person is back in the former position. */
  readonly returnsOn?: LegalDate;
  /**
   * §8: the consent of the receiver (R1, R3) or the MFA (R2) to extend the term to `newTermEndsOn`,
   * given as its own step; the extension decision for that date uses it up.
   */
  readonly extensionConsent?: { readonly by: PartyRole; readonly newTermEndsOn: LegalDate; readonly on: LegalDate };
  readonly personalFileSentOn?: LegalDate;
  readonly kpiApprovedOn?: LegalDate;
  readonly releaseNotifiedOn?: LegalDate;
  readonly releaseOn?: LegalDate;
  readonly releaseDecidedOn?: LegalDate;
  readonly recallDecidedOn?: LegalDate;
  /** R1/R3 §18(2), R2 §20(2): the latest proposal of the joint written decision, and the other party's answer. */
  readonly jointRecall?: { readonly proposedBy: PartyRole; readonly proposedOn: LegalDate; readonly consentedOn?: LegalDate; readonly declinedOn?: LegalDate };
  /** §9: the latest disciplinary offence on record (committed or discovered on that day). */
  readonly offenceFoundOn?: LegalDate;
  /** R3 §14: an interested party raised another candidate after the refusal, on that day. */
  readonly anotherCandidateRaisedOn?: LegalDate;
  readonly earlyRecall?: { readonly ground: number; readonly decidedOn: LegalDate };
  /** The date of the latest accepted step: no later step may be dated before it. */
  readonly lastStepOn?: LegalDate;
  readonly overrides: readonly RecordedOverride[];
  readonly obligations: Readonly<Record<string, Obligation>>;
}

export const newCase = (ruleSet: RuleSet): CaseState => ({
  ruleSet,
  status: 'draft',
  proposals: 0,
  overrides: [],
  obligations: {},
});

/**
 * A field every step after a certain point may rely on (the proposal sets `asOf` and the receiver,
 * the order sets the term). Missing means the stored state is corrupt: a programming error, not law.
 */
export function required<K extends keyof CaseState>(state: CaseState, field: K): NonNullable<CaseState[K]> {
  const value = state[field];
  if (value === undefined || value === null) throw new RangeError(`the ${state.ruleSet} case in state ${state.status} has no ${String(field)}`);
  return value as NonNullable<CaseState[K]>;
}

/** The period a recorded override sets for `target`, if the case has one. */
export function recordedPeriod(state: CaseState, target: OverrideTarget): { period: Period; override: RecordedOverride } | undefined {
  const override = state.overrides.find((o) => o.target === target);
  return override && 'amount' in override.value ? { period: override.value, override } : undefined;
}
