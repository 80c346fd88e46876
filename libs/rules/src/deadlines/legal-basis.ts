import { z } from 'zod';

/** The act that lets a case depart from a standard period: which kind, which act, which article. */
export const LegalBasisSchema = z.object({
  kind: z.enum(['law', 'treaty', 'charter']),
  act: z.string().trim().min(1),
  article: z.string().trim().min(1),
});
export type LegalBasis = z.infer<typeof LegalBasisSchema>;
export type LegalBasisKind = LegalBasis['kind'];

export const describeBasis = (b: LegalBasis): string => `${b.act}, ${b.article}`;
