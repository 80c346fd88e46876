import type { ServiceName } from '@sx/contracts';
import { devApiKey } from '@sx/http-kit';
import type { Exchange } from './exchange';

/**
 * How a detector's caller proves who it is: an agency system's dev API key, or the access token of
 * the agency's signatory (the most an official can hold) for that service from the local provider.
 * Tenant isolation must hold alike for both (issue #18), so the matrix and the fuzz run with each.
 */
export interface Credentials {
  readonly kind: 'API keys' | 'officials’ tokens';
  of(agencyId: string, service: ServiceName): Promise<string>;
  /** A credential of the same kind that no one issued. */
  readonly bogus: string;
}

export const apiKeys: Credentials = {
  kind: 'API keys',
  of: async (agencyId) => devApiKey(agencyId),
  bogus: 'sx_bogus_key_0000000000000',
};

// `{"alg":"none"}.{"sub":"x"}.` — shaped like a token, so it takes the token path, and unsigned.
const UNSIGNED_TOKEN = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.';

/** Needs `useExchange({ officials: true })`. */
export const officialsTokens = (exchange: Pick<Exchange, 'identityProvider'>): Credentials => ({
  kind: 'officials’ tokens',
  of: (agencyId, service) => exchange.identityProvider.tokenFor(`signatory@${agencyId}`, service),
  bogus: UNSIGNED_TOKEN,
});

/** Every (agency, service) credential fetched once, so a run's requests need not wait for sign-ins. */
export async function credentialTable(credentials: Credentials, agencyIds: readonly string[], services: readonly ServiceName[]): Promise<(agencyId: string, service: ServiceName) => string> {
  const table = new Map<string, string>();
  for (const service of services) {
    for (const agencyId of agencyIds) table.set(`${agencyId} ${service}`, await credentials.of(agencyId, service));
  }
  return (agencyId, service) => {
    const found = table.get(`${agencyId} ${service}`);
    if (found === undefined) throw new Error(`no credential of ${agencyId} at ${service}`);
    return found;
  };
}
