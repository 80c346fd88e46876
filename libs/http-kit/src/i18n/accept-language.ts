import { LANGUAGES, type Language } from './localized-text';

const isLanguage = (tag: string): tag is Language => (LANGUAGES as readonly string[]).includes(tag);

/**
 * The best of kk/ru/en for an Accept-Language header (RFC 9110 weights), English when none fits.
 * `kk-KZ` counts as `kk`; a `*` accepts the default.
 */
export function chooseLanguage(header: string | undefined): Language {
  if (!header) return 'en';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [range = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { primary: range.split('-')[0] ?? '', weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { primary } of ranked) {
    if (isLanguage(primary)) return primary;
    if (primary === '*') return 'en';
  }
  return 'en';
}
