import type { PartyRole, RuleSet } from '@sx/rules';
import type { ServiceName } from '../common/service-name.schema';

/**
 * Which party roles each service plays in each rule set (SPEC table of R1/R2/R3). The R2 foreign
 * institution takes no step of its own: the MFA acts for it as the authorized body.
 */
export const SERVICE_ROLES: Readonly<Record<ServiceName, Partial<Record<RuleSet, readonly PartyRole[]>>>> = {
  'sending-body': { R2: ['sender'], R3: ['sender'] },
  'receiving-body': { R1: ['receiver'], R3: ['receiver'] },
  'foreign-affairs': { R1: ['sender'], R2: ['mfa', 'receiver'] },
  'presidential-administration': { R1: ['approver'], R2: ['approver'], R3: ['approver'] },
  'prime-minister': { R1: ['approver'], R3: ['approver'] },
};

export const rolesOf = (service: ServiceName, ruleSet: RuleSet): readonly PartyRole[] => SERVICE_ROLES[service][ruleSet] ?? [];

/** The service through which a role acts in a rule set (exactly one, by the table above). */
export function serviceForRole(ruleSet: RuleSet, role: PartyRole): ServiceName | undefined {
  const entry = Object.entries(SERVICE_ROLES).find(([, byRuleSet]) => byRuleSet[ruleSet]?.includes(role));
  return entry?.[0] as ServiceName | undefined;
}

/** Whether the service plays any of `roles` under some rule set: what decides which operations it serves. */
export const playsAnyRole = (service: ServiceName, roles: readonly PartyRole[]): boolean =>
  Object.values(SERVICE_ROLES[service]).some((played) => played.some((role) => roles.includes(role)));
