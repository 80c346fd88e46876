import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import { resolve } from 'node:path';
import Provider from 'oidc-provider';
import { DEV_PASSWORD, defaultAgenciesFile, devOfficials } from './dev-officials';
import { loginPage, type Lang } from './login-page';

// The local OpenID Connect provider for development and tests: dev officials of every agency,
// JWT access tokens per service (resource indicators, audience = the service name).
if (process.env['NODE_ENV'] === 'production') {
  console.error('identity-provider: a development provider; it refuses to run with NODE_ENV=production');
  process.exit(1);
}

const SERVICES = { 'sending-body': 3001, 'receiving-body': 3002, 'foreign-affairs': 3003, 'presidential-administration': 3004, 'prime-minister': 3005 } as const;
// SX_IDP_PORT as npm start sets it; PORT as a test harness starts any process.
const port = Number(process.env['SX_IDP_PORT'] ?? process.env['PORT'] ?? 4100);
const issuer = process.env['SX_IDP_ISSUER'] ?? `http://127.0.0.1:${port}`;
const officials = devOfficials(process.env['SX_AGENCIES_FILE'] ?? defaultAgenciesFile(resolve(__dirname, '../../..')));
const byLogin = new Map(officials.map((o) => [o.login, o]));
/** A service as a resource: `urn:sx:<service>`; its tokens carry `aud: <service>`. */
const serviceOf = (resource: string) => (resource.startsWith('urn:sx:') && resource.slice(7) in SERVICES ? resource.slice(7) : undefined);
// The console as a native (loopback) client: oidc-provider then ignores the port of a loopback redirect
// (RFC 8252 §7.3), so a service on any local port (the e2e harness picks free ones) can host it.
const consoleRedirects = Object.values(SERVICES).map((p) => `http://127.0.0.1:${p}/console/`);
const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });

const provider = new Provider(issuer, {
  clients: [{ client_id: 'console', application_type: 'native', token_endpoint_auth_method: 'none', redirect_uris: consoleRedirects, post_logout_redirect_uris: consoleRedirects, grant_types: ['authorization_code', 'refresh_token'], response_types: ['code'] }],
  jwks: { keys: [{ ...signingKey, kid: 'dev-1', use: 'sig', alg: 'RS256' }] },
  pkce: { required: () => true },
  clientBasedCORS: () => true,
  claims: { openid: ['sub'], profile: ['name', 'position', 'roles', 'agency'] },
  findAccount: (_ctx, id) => {
    const o = byLogin.get(id);
    return o ? { accountId: id, claims: () => ({ sub: id, name: o.name, position: o.position, roles: [...o.roles], agency: o.agencyId }) } : undefined;
  },
  features: {
    devInteractions: { enabled: false },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => 'urn:sx:receiving-body',
      useGrantedResource: () => true,
      getResourceServerInfo: (_ctx, resource) => {
        const audience = serviceOf(resource);
        if (!audience) throw new Error(`unknown resource ${resource}`);
        return { audience, scope: 'openid profile', accessTokenFormat: 'jwt', accessTokenTTL: 600, jwt: { sign: { alg: 'RS256' } } };
      },
    },
  },
  extraTokenClaims: (_ctx, token) => {
    const o = byLogin.get(String((token as { accountId?: string }).accountId));
    return o ? { name: o.name, position: o.position, roles: [...o.roles], agency: o.agencyId } : {};
  },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600, RefreshToken: 3600 },
});

const body = (req: IncomingMessage) =>
  new Promise<URLSearchParams>((ok) => {
    let s = '';
    req.on('data', (c: Buffer) => (s += c.toString('utf8'))).on('end', () => ok(new URLSearchParams(s)));
  });

const callback = provider.callback();
createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', issuer);
  const m = /^\/interaction\/([\w-]+)(\/login)?$/.exec(url.pathname);
  if (!m) return callback(req, res);
  const lang = (['kk', 'ru', 'en'].includes(url.searchParams.get('lang') ?? '') ? url.searchParams.get('lang') : 'kk') as Lang;
  try {
    const details = await provider.interactionDetails(req, res);
    if (req.method !== 'POST' || !m[2]) return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(loginPage(details.uid, officials, lang, false));
    const form = await body(req);
    const login = form.get('pick') ?? form.get('login') ?? '';
    if (!byLogin.has(login) || (!form.has('pick') && form.get('password') !== DEV_PASSWORD)) {
      return res.writeHead(401, { 'content-type': 'text/html; charset=utf-8' }).end(loginPage(details.uid, officials, lang, true));
    }
    // First-party console: the grant is given with the sign-in (no consent screen).
    const grant = new provider.Grant({ accountId: login, clientId: String(details.params['client_id']) });
    grant.addOIDCScope('openid profile');
    const resource = details.params['resource'];
    for (const r of Array.isArray(resource) ? resource : resource ? [resource] : ['urn:sx:receiving-body']) grant.addResourceScope(String(r), 'openid profile');
    await provider.interactionFinished(req, res, { login: { accountId: login }, consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: false });
  } catch (error) {
    res.writeHead(400, { 'content-type': 'text/plain' }).end(String(error));
  }
}).listen(port, '127.0.0.1', () => {
  console.log(`identity-provider: issuer ${issuer}; dev officials (password ${DEV_PASSWORD}): ${officials.map((o) => o.login).join(', ')}`);
});
