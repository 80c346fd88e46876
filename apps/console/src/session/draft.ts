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
