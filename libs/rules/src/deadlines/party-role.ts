import { z } from 'zod';

/**
 * Who acts in a case. `sender` is the MFA in R1 and the sending state body in R2/R3; `mfa` is the
 * authorized body of R2 (in R1 the MFA is the sender, in R3 it takes no part); `approver` is
 * whoever routing names (Head of the Presidential Administration, Prime Minister, President).
 */
export const PARTY_ROLES = ['sender', 'receiver', 'mfa', 'approver', 'seconded-person'] as const;
export const PartyRoleSchema = z.enum(PARTY_ROLES);
export type PartyRole = z.infer<typeof PartyRoleSchema>;
