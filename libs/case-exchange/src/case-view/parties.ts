import type { Parties, PartyRef, ServiceName } from '@sx/contracts';
import { rolesOf } from '@sx/contracts';
import type { PartyRole } from '@sx/rules';
import type { CaseView } from './case-view.schema';

// The MFA before the R2 receiver: both act through foreign-affairs, and messages there are for the MFA.
const ROLE_ORDER: readonly PartyRole[] = ['sender', 'mfa', 'receiver', 'approver'];

export const partyOf = (parties: Parties, role: PartyRole): PartyRef | undefined =>
  role === 'seconded-person' ? undefined : parties[role];

/** The roles an agency holds in a case through this service (usually one). */
export function rolesOfAgency(view: Pick<CaseView, 'parties' | 'ruleSet'>, agencyId: string, service: ServiceName): PartyRole[] {
  const served = rolesOf(service, view.ruleSet);
  return ROLE_ORDER.filter((role) => {
    const p = partyOf(view.parties, role);
    return p !== undefined && p.agencyId === agencyId && p.service === service && served.includes(role);
  });
}

export const agenciesOf = (parties: Parties): string[] => [...new Set(ROLE_ORDER.map((r) => partyOf(parties, r)?.agencyId).filter((a): a is string => !!a))];
