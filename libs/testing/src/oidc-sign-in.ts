import { createHash, randomBytes } from 'node:crypto';

/**
 * Tests sign in as a dev official without a browser: the real Authorization Code + PKCE flow over HTTP
 * against the provider's login form (cookies carried by hand). Returns the JWT access token for `service`.
 */
export async function signInAs(issuer: string, login: string, service: string, redirectUri = 'http://127.0.0.1:3002/console/'): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (r: Response) => {
    for (const c of r.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [k, v] = (pair ?? '').split('=');
      if (k) jar.set(k.trim(), v ?? '');
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const go = async (url: string, init: RequestInit = {}): Promise<Response> => {
    const r = await fetch(new URL(url, issuer), { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: cookie() } });
    keep(r);
    return r;
  };
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const resource = `urn:sx:${service}`;
  const auth = new URLSearchParams({ client_id: 'console', response_type: 'code', scope: 'openid profile', redirect_uri: redirectUri, code_challenge: challenge, code_challenge_method: 'S256', resource, state: 's1' });
  let r = await go(`/auth?${auth}`);
  const interaction = r.headers.get('location') ?? '';
  r = await go(interaction);
  r = await go(`${interaction}/login`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ pick: login }).toString() });
  while (r.status >= 300 && r.status < 400) {
    const next = r.headers.get('location') ?? '';
    if (next.startsWith(redirectUri)) {
      const code = new URL(next).searchParams.get('code');
      if (!code) throw new Error(`signInAs: no code in ${next}`);
      const token = await fetch(new URL('/token', issuer), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, client_id: 'console', code_verifier: verifier, resource }).toString(),
      });
      const json = (await token.json()) as { access_token?: string; error?: string; error_description?: string };
      if (!json.access_token) throw new Error(`signInAs: ${json.error}: ${json.error_description}`);
      return json.access_token;
    }
    r = await go(next);
  }
  throw new Error(`signInAs: the flow stopped at ${r.status} ${await r.text()}`);
}
