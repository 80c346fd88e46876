import { join } from 'node:path';
import { signInAs, startServiceProcess, type ServiceProcess } from '@sx/testing';

/**
 * The local OpenID Connect provider as a real process for one test file (apps/identity-provider):
 * the services trust it through SX_DEV_OIDC_ISSUER, and officials sign in through its login form
 * (Authorization Code + PKCE), never through a mocked token check.
 */
export interface IdentityProvider {
  readonly issuer: string;
  readonly process: ServiceProcess;
  /** An access token of the dev official `login` (e.g. `signatory@ministry-of-justice`) for `service` (its audience). */
  tokenFor(login: string, service: string): Promise<string>;
}

export async function startIdentityProvider(dir: string): Promise<IdentityProvider> {
  const process = await startServiceProcess({
    name: 'identity-provider',
    entry: 'apps/identity-provider/src/main.ts',
    telemetry: false,
    readyPath: '/.well-known/openid-configuration',
    logFile: join(dir, 'identity-provider.log'),
    env: { NODE_ENV: 'development' },
  });
  const issuer = process.baseUrl;
  const tokens = new Map<string, { token: Promise<string>; at: number }>();
  return {
    issuer,
    process,
    // Tokens live 10 minutes: one sign-in per official and service, again after 5 minutes, so a long
    // file (the fuzz) never sends one that expires on its way.
    tokenFor(login, service) {
      const key = `${login} ${service}`;
      const held = tokens.get(key);
      if (held && Date.now() - held.at < 300_000) return held.token;
      const token = signInAs(issuer, login, service);
      token.catch(() => tokens.delete(key));
      tokens.set(key, { token, at: Date.now() });
      return token;
    },
  };
}
