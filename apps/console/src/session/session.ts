// The official's access token lives in this module's memory only: never in storage or a cookie, so
// it is gone with the page and no other tab or script on disk can read it. A reload signs in again
// (the provider's own session makes that one click; after sign-out it asks for the login).

/** Who is signed in, as the provider's access token says (display only: the service checks the token). */
export interface Official {
  readonly subject: string;
  readonly name: string;
  readonly position: string;
  readonly agency: string;
  readonly roles: readonly string[];
}

export interface Session {
  readonly accessToken: string;
  /** Epoch milliseconds. */
  readonly expiresAt: number;
  readonly official: Official;
}

let current: Session | null = null;
const listeners = new Set<(s: Session | null) => void>();

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The token's claims for the header; the signature is the service's business, not the page's. */
export function officialOf(accessToken: string): Official {
  const payload = accessToken.split('.')[1] ?? '';
  const json = new TextDecoder().decode(Uint8Array.from(atob(payload.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)));
  const claims = JSON.parse(json) as Record<string, unknown>;
  const roles = Array.isArray(claims['roles']) ? claims['roles'].filter((r): r is string => typeof r === 'string') : [];
  return { subject: str(claims['sub']), name: str(claims['name']), position: str(claims['position']), agency: str(claims['agency']), roles };
}

export const session = {
  current: (): Session | null => (current && current.expiresAt > Date.now() ? current : null),
  token: (): string | null => session.current()?.accessToken ?? null,
  set(s: Session | null): void {
    current = s;
    for (const l of listeners) l(s);
  },
  /** Called with null when the session ends (sign-out, expiry, a 401 from the API). */
  subscribe(listener: (s: Session | null) => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
