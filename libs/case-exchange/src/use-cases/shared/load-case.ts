import type { PartyRole } from '@sx/rules';
import type { CaseRecord } from '../../case-view/case-record';
import { rolesOfAgency } from '../../case-view/parties';
import type { CaseContext } from '../../context/case-context';
import { caseNotFound, notAParty } from './case-errors';

/** The agency's roles in a case; refused (as not found) where it is not a party through this service. */
export function partyRoles(ctx: CaseContext, aggregate: CaseRecord, agencyId: string): PartyRole[] {
  const roles = rolesOfAgency(aggregate.state, agencyId, ctx.service);
  if (roles.length === 0 && ctx.testMutant !== 'no-party-check') {
    ctx.logger.warn({ caseId: aggregate.id, agencyId }, 'agency asked for a case where it is not a party');
    throw notAParty(aggregate.id);
  }
  return roles;
}

/** A case as an agency may see it: only where it is a party through this service. */
export async function loadCaseFor(ctx: CaseContext, caseId: string, agencyId: string): Promise<{ aggregate: CaseRecord; roles: PartyRole[] }> {
  const aggregate = await ctx.cases.findCurrent(caseId);
  if (!aggregate) throw caseNotFound(caseId);
  return { aggregate, roles: partyRoles(ctx, aggregate, agencyId) };
}
