import type { ServiceName } from '@sx/contracts';
import { apiKeys, officialsTokens, type Credentials } from './support/credentials';
import { useExchange } from './support/exchange';
import { withMutant } from './support/mutant-service';
import { seedCases, type SeededCase } from './support/seeded-cases';
import { runTenantMatrix, type MatrixReport } from './support/tenant-matrix';

// Tenancy: every agency key × R1/R2/R3 cases as draft, submitted and active × every case endpoint,
// at all five services. An agency that is not a party reads nothing and acts on nothing, and cannot
// even tell the case exists: it gets exactly the 404 of a missing case. The same holds for its
// officials (issue #18): the matrix runs again with each agency's signatory's token from the local
// identity provider, at each service (the token's audience).
describe('tenant matrix', () => {
  const exchange = useExchange({ officials: true, env: { SX_FIXED_NOW: '2026-03-18T10:00:00+05:00' } });
  let cases: SeededCase[] = [];

  beforeAll(async () => {
    cases = await seedCases(exchange);
  }, 300_000);

  const report = (r: MatrixReport): string => `${r.requests} requests, ${r.nonPartyRequests} by non-parties, ${r.failures.length} failures`;

  it.each<[string, () => Credentials]>([
    ['API keys', () => apiKeys],
    ['officials’ tokens', () => officialsTokens(exchange)],
  ])('with %s: 0 reads and 0 acts by non-parties; each refusal is the 404 of a missing case', async (kind, credentials) => {
    const result = await runTenantMatrix({ agencies: exchange.agencies, cases, url: (s) => exchange.url(s), credentials: credentials() });
    process.stdout.write(`tenant matrix with ${kind}: ${report(result)} over ${cases.length} cases\n`);
    expect(result.failures).toEqual([]);
    expect(result.nonPartyRequests).toBeGreaterThan(1000);
  }, 300_000);

  // The detector proves it can fire: the same matrix against a process whose check is switched off
  // by the test-only SX_TEST_MUTANT must report failures, or the matrix would pass a broken API.
  // With no-auth, a key of another service passes as the service's first agency: no WRONG_SERVICE.
  it.each([
    ['no-party-check', 'receiving-body', /^NON-PARTY READ/],
    ['no-auth', 'receiving-body', /^not AUTH.WRONG_SERVICE|^NON-PARTY/],
  ] as const)('fails when %s is switched on (SX_TEST_MUTANT) at %s', async (mutant, service: ServiceName, expected) => {
    const result = await withMutant(exchange, service, mutant, (url) =>
      runTenantMatrix({ agencies: exchange.agencies, cases, url: () => url, services: [service], acts: false }),
    );
    process.stdout.write(`tenant matrix with ${mutant}: ${report(result)}\n`);
    expect(result.failures.filter((f) => expected.test(f))).not.toEqual([]);
  }, 240_000);
});
