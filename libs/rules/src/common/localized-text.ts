import { z } from 'zod';

// The agencies work in Kazakh and Russian; English is for integrators. Every message the rules
// produce carries all three, so no edge has to translate law.
export interface LocalizedText {
  readonly kk: string;
  readonly ru: string;
  readonly en: string;
}
export type Language = keyof LocalizedText;
export const LANGUAGES: readonly Language[] = ['kk', 'ru', 'en'];

export const text = (kk: string, ru: string, en: string): LocalizedText => ({ kk, ru, en });

/**
 * The one schema of a text in the three languages, for every boundary (calendar files, API bodies,
 * messages). None may be empty: a missing translation is a defect, not a text.
 */
export const LocalizedTextSchema = z.object({
  kk: z.string().min(1).describe('In Kazakh: the official language of Resolution No. 755, whose text wins.'),
  ru: z.string().min(1).describe('In Russian.'),
  en: z.string().min(1).describe('In English.'),
}) satisfies z.ZodType<LocalizedText>;
