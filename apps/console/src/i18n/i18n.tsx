import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { LANGUAGES, translate, type Language, type MessageKey } from './messages';

const STORAGE = 'sx.console.language';

interface I18n {
  readonly language: Language;
  readonly setLanguage: (l: Language) => void;
  readonly t: (key: MessageKey) => string;
  /** Picks the language's version of a text the API sent in all three. */
  readonly pick: (text: Readonly<Record<Language, string>>) => string;
}

const I18nContext = createContext<I18n | null>(null);

const stored = (): Language => {
  const v = sessionStorage.getItem(STORAGE);
  return (LANGUAGES as readonly string[]).includes(v ?? '') ? (v as Language) : 'kk';
};

export function I18nProvider({ children }: { children: ComponentChildren }) {
  const [language, setLanguage] = useState<Language>(stored);
  useEffect(() => {
    document.documentElement.lang = language;
    sessionStorage.setItem(STORAGE, language);
  }, [language]);
  const value: I18n = { language, setLanguage, t: (key) => translate(language, key), pick: (text) => text[language] };
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
