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
