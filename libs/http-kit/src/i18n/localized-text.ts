// Structurally the same as `@sx/rules`' LocalizedText, restated so this lib does not depend on the
// law; a rule's text passes straight through.
export interface LocalizedText {
  readonly kk: string;
  readonly ru: string;
  readonly en: string;
}
export type Language = keyof LocalizedText;
export const LANGUAGES: readonly Language[] = ['kk', 'ru', 'en'];
