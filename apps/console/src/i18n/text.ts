export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** One text in the three languages of the exchange. */
export const m = (kk: string, ru: string, en: string): Readonly<Record<Language, string>> => ({ kk, ru, en });
