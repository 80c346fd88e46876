// The agency's API key lives in session storage only: gone when the tab closes, never in a cookie
// (no CSRF surface) nor in local storage (not shared with other tabs or kept on disk).
const KEY = 'sx.console.apiKey';

export const session = {
  key: (): string | null => sessionStorage.getItem(KEY),
  signIn: (apiKey: string): void => sessionStorage.setItem(KEY, apiKey),
  signOut: (): void => sessionStorage.removeItem(KEY),
};
