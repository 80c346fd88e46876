import type { PartyRef } from '@sx/contracts';
import type { ApprovingAuthority } from '@sx/rules';

// R2 §10/§17: the President decides, or by his authority the Head of the Presidential Administration;
// either way the letter goes to the Presidential Administration (R2 §16), so its service records it.
const APPROVERS: Readonly<Record<Exclude<ApprovingAuthority, 'not-required'>, PartyRef>> = {
  'presidential-administration': { agencyId: 'presidential-administration', service: 'presidential-administration' },
  president: { agencyId: 'presidential-administration', service: 'presidential-administration' },
  'prime-minister': { agencyId: 'prime-minister', service: 'prime-minister' },
};

export const approverParty = (authority: ApprovingAuthority | undefined): PartyRef | undefined =>
  authority === undefined || authority === 'not-required' ? undefined : APPROVERS[authority];
