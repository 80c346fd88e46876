import { rolesOf, type Parties, type RuleSetId } from '@sx/contracts';
import type { PartyRole } from '@sx/rules';
import type { AgencyRegistry } from '../../agencies/agency-registry';
import { messageRefused } from '../shared/message-refusals';

const ROLES: readonly Exclude<PartyRole, 'seconded-person'>[] = ['sender', 'receiver', 'mfa', 'approver'];

/**
 * A message's parties must be possible under its rule set: each role acts through a service that
 * plays it (R1/R2/R3 tables), and each agency is one the registry lets act through that service.
 * Otherwise a service could name itself as another party and then sign that party's steps.
 */
export function checkPartiesPlausible(parties: Parties, ruleSet: RuleSetId, agencies: AgencyRegistry): void {
  for (const role of ROLES) {
    const p = parties[role];
    if (!p) continue;
    const agency = agencies.find(p.agencyId);
    if (!rolesOf(p.service, ruleSet).includes(role) || !agency?.services.includes(p.service)) {
      throw messageRefused('CASE.IMPLAUSIBLE_PARTIES', `${p.agencyId}@${p.service} cannot be the ${role} of an ${ruleSet} case`);
    }
  }
}

/**
 * A received message may add the approver to this copy's parties, never change one it holds. A message
 * `older` than this copy (all its steps held) may lack the approver, named by a later step.
 */
export function checkPartiesUnchanged(ours: Parties, theirs: Parties, message: 'older' | 'newer'): void {
  for (const role of ROLES) {
    const a = ours[role];
    const b = theirs[role];
    if (a && (b ? a.agencyId !== b.agencyId || a.service !== b.service : message === 'newer')) {
      throw messageRefused('CASE.PARTIES_CHANGED', `the message names another ${role} than this copy of the case`);
    }
  }
}
