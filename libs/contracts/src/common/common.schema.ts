import { z } from 'zod';

/** A calendar day, YYYY-MM-DD (deadlines count days, never instants). */
export const LegalDateStringSchema = z.iso.date();

export const RuleSetSchema = z.enum(['R1', 'R2', 'R3']);
export type RuleSetId = z.infer<typeof RuleSetSchema>;

export const LocalizedTextSchema = z.object({
  kk: z.string().describe('In Kazakh: the official language of Resolution No. 755, whose text wins.'),
  ru: z.string().describe('In Russian.'),
  en: z.string().describe('In English.'),
});
export type LocalizedTextDto = z.infer<typeof LocalizedTextSchema>;
