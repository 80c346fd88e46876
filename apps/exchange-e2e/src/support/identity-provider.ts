import { join } from 'node:path';
import { startServiceProcess, type ServiceProcess } from '@sx/testing';
import { signInAs } from '../../../identity-provider/src/testing/sign-in';

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
  const tokens = new Map<string, Promise<string>>();
  return {
    issuer,
    process,
    // Tokens live 10 minutes; a test file is shorter, so one sign-in per official and service.
    tokenFor(login, service) {
      const key = `${login} ${service}`;
      let token = tokens.get(key);
      if (!token) {
        token = signInAs(issuer, login, service);
        token.catch(() => tokens.delete(key));
        tokens.set(key, token);
      }
      return token;
    },
  };
}
