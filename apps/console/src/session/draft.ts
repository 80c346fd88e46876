import { useEffect, useState } from 'preact/hooks';

// A half-filled form outlives the sign-in it was typed under: kept in this tab's session storage as
// typed, given back after a sign-in (expiry, reload), dropped once the act is sent.
const PREFIX = 'sx.console.draft.';

export function useDraft<T extends object>(key: string, initial: T): [T, (v: T) => void, () => void] {
  const [value, setValue] = useState<T>(() => {
    const raw = sessionStorage.getItem(PREFIX + key);
    return raw ? { ...initial, ...(JSON.parse(raw) as T) } : initial;
  });
  useEffect(() => {
    sessionStorage.setItem(PREFIX + key, JSON.stringify(value));
  }, [key, value]);
  return [value, setValue, () => sessionStorage.removeItem(PREFIX + key)];
}

/** Drops a draft by key (after the act it was for was sent). */
export const dropDraft = (key: string): void => sessionStorage.removeItem(PREFIX + key);

/** An uncontrolled form's named values (checkboxes as lists), kept as typed. */
export function keepForm(form: HTMLFormElement, key: string): void {
  const values: Record<string, string[]> = {};
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') (values[name] ??= []).push(value);
  sessionStorage.setItem(PREFIX + key, JSON.stringify(values));
}

/** Puts a kept form's values back. */
export function restoreForm(form: HTMLFormElement, key: string): void {
  const raw = sessionStorage.getItem(PREFIX + key);
  if (!raw) return;
  const values = JSON.parse(raw) as Record<string, string[]>;
  for (const el of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('[name]')) {
    const kept = values[el.name];
    if (!kept) continue;
    if (el instanceof HTMLInputElement && el.type === 'checkbox') el.checked = kept.includes(el.value);
    else el.value = kept[0] ?? '';
  }
}
