import * as oauth from 'oauth4webapi';
import { officialOf, type Session } from './session';

/** What the service says about signing in (GET /console/sign-in.json, from the token check's own configuration). */
export interface SignInConfig {
  readonly providers: readonly { readonly issuer: string; readonly agencies: readonly string[] }[];
  readonly clientId: string;
  readonly resource: string;
}

// Only what must survive the round trip to the provider, in this tab's session storage: the PKCE
// verifier and state (single use, worthless without the provider's code) and where to come back to.
const PENDING = 'sx.console.pendingSignIn';
// Set by sign-out: the next sign-in asks the provider for the login again instead of its session.
const SIGNED_OUT = 'sx.console.signedOut';

interface Pending { readonly issuer: string; readonly verifier: string; readonly state: string; readonly returnTo: string }

export const loadSignInConfig = async (): Promise<SignInConfig> => (await fetch('/console/sign-in.json')).json() as Promise<SignInConfig>;

/** The console's own address: the provider sends the official back here with the code. */
const redirectUri = (): string => `${location.origin}/console/`;

// The local dev provider is plain HTTP on the loopback address; any other provider must be HTTPS.
const insecureOk = (issuer: URL) => issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);

async function discover(issuer: string): Promise<oauth.AuthorizationServer> {
  const url = new URL(issuer);
  const res = await oauth.discoveryRequest(url, { algorithm: 'oidc', [oauth.allowInsecureRequests]: insecureOk(url) });
  return oauth.processDiscoveryResponse(url, res);
}

/** Leaves for the provider's login page (Authorization Code with PKCE S256). */
export async function beginSignIn(config: SignInConfig, issuer: string): Promise<void> {
  const as = await discover(issuer);
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const pending: Pending = { issuer, verifier, state, returnTo: location.hash };
  sessionStorage.setItem(PENDING, JSON.stringify(pending));
  const url = new URL(as.authorization_endpoint ?? `${issuer}/auth`);
  url.search = new URLSearchParams({
    client_id: config.clientId,
    response_type: 'code',
    redirect_uri: redirectUri(),
    scope: 'openid profile',
    resource: config.resource,
    state,
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    ...(sessionStorage.getItem(SIGNED_OUT) ? { prompt: 'login' } : {}),
  }).toString();
  location.assign(url.href);
}

/** Back from the provider: trades the code for the access token, and puts the page back where it was. */
export async function completeSignIn(config: SignInConfig): Promise<Session | null> {
  const raw = sessionStorage.getItem(PENDING);
  const params = new URLSearchParams(location.search);
  if (!raw || (!params.has('code') && !params.has('error'))) return null;
  sessionStorage.removeItem(PENDING);
  const pending = JSON.parse(raw) as Pending;
  // The code is single use: off the address bar (and history) before anything else.
  history.replaceState(null, '', `${location.pathname}${pending.returnTo}`);
  // replaceState fires no hashchange: tell the router the page it left from is back.
  dispatchEvent(new HashChangeEvent('hashchange'));
  const as = await discover(pending.issuer);
  const client: oauth.Client = { client_id: config.clientId };
  const callback = oauth.validateAuthResponse(as, client, params, pending.state);
  const response = await oauth.authorizationCodeGrantRequest(as, client, oauth.None(), callback, redirectUri(), pending.verifier, {
    additionalParameters: { resource: config.resource },
    [oauth.allowInsecureRequests]: insecureOk(new URL(pending.issuer)),
  });
  const tokens = await oauth.processAuthorizationCodeResponse(as, client, response);
  sessionStorage.removeItem(SIGNED_OUT);
  return { accessToken: tokens.access_token, expiresAt: Date.now() + (tokens.expires_in ?? 300) * 1000, official: officialOf(tokens.access_token) };
}

/** Sign-out forgets the token here and makes the next sign-in ask who signs in. */
export function markSignedOut(): void {
  sessionStorage.setItem(SIGNED_OUT, '1');
}
