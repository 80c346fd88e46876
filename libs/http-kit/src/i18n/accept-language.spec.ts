import { chooseLanguage } from './accept-language';

describe('chooseLanguage', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['kk', 'kk'],
    ['kk-KZ,ru;q=0.8', 'kk'],
    ['ru-RU,ru;q=0.9,en;q=0.8', 'ru'],
    ['en;q=0.5, ru;q=0.8', 'ru'],
    ['de-DE, fr;q=0.9', 'en'],
    ['de, kk;q=0.1', 'kk'],
    ['ru;q=0, kk;q=0.2', 'kk'],
    ['*', 'en'],
  ])('%s → %s', (header, language) => {
    expect(chooseLanguage(header)).toBe(language);
  });
});
