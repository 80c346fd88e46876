import type { Organization, OrganizationKind } from './organization.schema';

// Tests only: an organization of a kind, named after it.
export const anOrganization = (kind: OrganizationKind, overrides: Partial<Organization> = {}): Organization => ({
  id: kind,
  name: { kk: kind, ru: kind, en: kind },
  kind,
  militaryLawEnforcementOrSpecial: false,
  ...overrides,
});
