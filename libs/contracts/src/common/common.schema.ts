import { z } from 'zod';

/** A calendar day, YYYY-MM-DD (deadlines count days, never instants). */
export const LegalDateStringSchema = z.iso.date();

export const RuleSetSchema = z.enum(['R1', 'R2', 'R3']);
export type RuleSetId = z.infer<typeof RuleSetSchema>;

// One schema of a kk/ru/en text, the rules' own: the contracts speak the law's texts as the rules write them.
export { LocalizedTextSchema } from '@sx/rules';
