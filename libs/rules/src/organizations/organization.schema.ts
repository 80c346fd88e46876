import { z } from 'zod';

/**
 * The kinds of organization that Resolution 755 treats differently (routing R1 §11 / R3 §11,
 * pay §6–7, which rule set applies). The military / law-enforcement / special flag is kept apart
 * from the kind because it cuts across kinds (a ministry of defence is also a central executive body).
 */
export const ORGANIZATION_KINDS = [
  'president-subordinate-state-body',
  'central-executive-body',
  'other-state-body',
  'international-organization',
  'non-rk-organization',
  'other-rk-organization',
  'foreign-institution',
  'national-bank',
  'mfa',
] as const;

export const OrganizationKindSchema = z.enum(ORGANIZATION_KINDS);
export type OrganizationKind = z.infer<typeof OrganizationKindSchema>;

const NameSchema = z.object({
  kk: z.string().trim().min(1),
  ru: z.string().trim().min(1),
  en: z.string().trim().min(1),
});

export const OrganizationSchema = z.object({
  id: z.string().trim().min(1),
  name: NameSchema,
  kind: OrganizationKindSchema,
  /** A military body, a law-enforcement body or a special state body (R1 §2, R2 §2, R3 §2). */
  militaryLawEnforcementOrSpecial: z.boolean(),
});
export type Organization = z.infer<typeof OrganizationSchema>;
