import type { DevOfficial } from './dev-officials';

export type Lang = 'kk' | 'ru' | 'en';
const T = {
  title: { kk: 'Кіру (әзірлеу)', ru: 'Вход (разработка)', en: 'Sign in (development)' },
  pick: { kk: 'Лауазымды адамды таңдаңыз', ru: 'Выберите должностное лицо', en: 'Pick an official' },
  login: { kk: 'Логин', ru: 'Логин', en: 'Login' },
  password: { kk: 'Құпиясөз', ru: 'Пароль', en: 'Password' },
  submit: { kk: 'Кіру', ru: 'Войти', en: 'Sign in' },
  failed: { kk: 'Логин немесе құпиясөз қате', ru: 'Неверный логин или пароль', en: 'Wrong login or password' },
} as const;

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The dev login: pick an official (one click), or type a login and the dev password. */
export function loginPage(uid: string, officials: readonly DevOfficial[], lang: Lang, failed: boolean): string {
  const action = `/interaction/${esc(uid)}/login?lang=${lang}`;
  const pick = officials
    .map((o) => `<li><form method="post" action="${action}"><input type="hidden" name="pick" value="${esc(o.login)}"><button>${esc(o.login)}</button> ${esc(o.name)}, ${esc(o.position)}</form></li>`)
    .join('');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${T.title[lang]}</title></head><body>
<nav>${(['kk', 'ru', 'en'] as const).map((l) => `<a href="/interaction/${esc(uid)}?lang=${l}">${l}</a>`).join(' ')}</nav>
<h1>${T.title[lang]}</h1>${failed ? `<p role="alert">${T.failed[lang]}</p>` : ''}
<form method="post" action="${action}"><label>${T.login[lang]} <input name="login" autocomplete="username"></label>
<label>${T.password[lang]} <input name="password" type="password" autocomplete="current-password"></label><button>${T.submit[lang]}</button></form>
<h2>${T.pick[lang]}</h2><ul>${pick}</ul></body></html>`;
}
