import type { OrganizationKind } from './organization.schema';

/**
 * State bodies for the purposes of the rules. The National Bank counts: R2 §5(1) defines the
 * "sending state body" as the body that sends a civil servant or a National Bank employee.
 * A foreign institution does not: it belongs to the MFA's system and is only ever the R2 receiver.
 */
export function isStateBody(kind: OrganizationKind): boolean {
  switch (kind) {
    case 'president-subordinate-state-body':
    case 'central-executive-body':
    case 'other-state-body':
    case 'national-bank':
    case 'mfa':
      return true;
    default:
      return false;
  }
}

/** The MFA is a ministry, so for routing (R1 §11(2), R3 §11(2)) it is a central executive body. */
export const isCentralExecutiveBody = (kind: OrganizationKind): boolean =>
  kind === 'central-executive-body' || kind === 'mfa';

/**
 * Directly subordinate and accountable to the President (R1 §11(1), R3 §11(1)). The National Bank
 * is so by the Law "On the National Bank of the RK" (it is accountable to the President).
 */
export const isDirectlySubordinateToPresident = (kind: OrganizationKind): boolean =>
  kind === 'president-subordinate-state-body' || kind === 'national-bank';

/** "International and other organizations" of R3 (and "other organizations" of R1): not state bodies. */
export const isNonStateOrganization = (kind: OrganizationKind): boolean =>
  kind === 'international-organization' || kind === 'non-rk-organization' || kind === 'other-rk-organization';

/** Organizations that are not organizations of the RK: their charters may override deadlines (R1 §13, R3 §13). */
export const isOutsideRk = (kind: OrganizationKind): boolean =>
  kind === 'international-organization' || kind === 'non-rk-organization';
