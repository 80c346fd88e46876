import { SERVICE_NAMES, type ServiceName } from '@sx/contracts';
import type { AgencyRegistry } from '@sx/case-exchange';
import { api, type ApiResponse } from '@sx/testing';
import { eligibleCandidate } from './case-flows';
import { apiKeys, type Credentials } from './credentials';
import { partyKey, type SeededCase } from './seeded-cases';

/** One case endpoint as the matrix calls it; `act` endpoints would change the case if admitted. */
interface Endpoint {
  readonly name: string;
  readonly act: boolean;
  call(client: ReturnType<typeof api>, c: Pick<SeededCase, 'caseId' | 'documentSha256'>): Promise<ApiResponse>;
}

const candidate = { fullName: 'Matrix Probe', position: 'Chief expert', eligibility: eligibleCandidate() };

export const CASE_ENDPOINTS: readonly Endpoint[] = [
  { name: 'GET /cases/{id}', act: false, call: (a, c) => a.get(`/cases/${c.caseId}`) },
  { name: 'GET /cases/{id}/timeline', act: false, call: (a, c) => a.get(`/cases/${c.caseId}/timeline`) },
  { name: 'GET /cases/{id}/checks', act: false, call: (a, c) => a.get(`/cases/${c.caseId}/checks`) },
  { name: 'GET /cases/{id}/eligibility', act: false, call: (a, c) => a.get(`/cases/${c.caseId}/eligibility`) },
  { name: 'GET /cases/{id}/files/{sha256}', act: false, call: (a, c) => a.get(`/cases/${c.caseId}/files/${c.documentSha256}`) },
  { name: 'PUT /cases/{id}/documents/cv', act: true, call: (a, c) => a.put(`/cases/${c.caseId}/documents/cv`, { fileName: 'cv.pdf', contentBase64: 'JVBERi0xLjQ=' }) },
  { name: 'PUT /cases/{id}/candidate', act: true, call: (a, c) => a.put(`/cases/${c.caseId}/candidate`, candidate) },
  { name: 'POST /cases/{id}/proposal', act: true, call: (a, c) => a.post(`/cases/${c.caseId}/proposal`, {}) },
  { name: 'POST /cases/{id}/steps', act: true, call: (a, c) => a.post(`/cases/${c.caseId}/steps`, { type: 'ProposalAgreed' }) },
];

export interface MatrixTarget {
  readonly agencies: AgencyRegistry;
  readonly cases: readonly SeededCase[];
  url(service: ServiceName): string;
  /** Default all five. */
  readonly services?: readonly ServiceName[];
  /** Default true; false calls only the endpoints that read. */
  readonly acts?: boolean;
  /** Default the agencies' API keys; or the officials' tokens. */
  readonly credentials?: Credentials;
}

export interface MatrixReport {
  readonly requests: number;
  readonly nonPartyRequests: number;
  /** Each a request a non-party got through, or a non-party 404 that differs from a missing case's. */
  readonly failures: string[];
}

// What a missing case answers, with the id taken out: a non-party must get exactly this.
const shape = (res: ApiResponse, caseId: string): string => `${res.status} ${JSON.stringify(res.body).split(caseId).join('<id>')}`;

async function inBatches<T>(items: readonly T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}

/**
 * Every agency key (or signatory's token) × every seeded case × every case endpoint, at every service; plus each key's case
 * list. A non-party (or a key of another service) must never read or act: it gets exactly the 404 of
 * a missing case (or 403 AUTH.WRONG_SERVICE). A party's reads must succeed, so the matrix is not
 * vacuously green.
 */
export async function runTenantMatrix(target: MatrixTarget): Promise<MatrixReport> {
  const failures: string[] = [];
  let requests = 0;
  let nonPartyRequests = 0;
  const endpoints = CASE_ENDPOINTS.filter((e) => target.acts !== false || !e.act);
  const services = target.services ?? SERVICE_NAMES;
  const missing = { caseId: 'matrix-missing-case-0000', documentSha256: '0'.repeat(64) };
  const cells = services.flatMap((service) => target.agencies.all().map((agency) => ({ service, agency })));
  const credentials = target.credentials ?? apiKeys;

  await inBatches(cells, 4, async ({ service, agency }) => {
    const client = api(target.url(service), await credentials.of(agency.id, service));
    const served = agency.services.includes(service);
    const expected = new Map<string, string>();
    for (const e of endpoints) expected.set(e.name, shape(await e.call(client, missing), missing.caseId));
    requests += endpoints.length;
    for (const c of target.cases) {
      const party = c.parties.has(partyKey(agency.id, service));
      for (const e of endpoints) {
        if (party && e.act) continue; // a party's acts are the procedure tests' business
        const res = await e.call(client, c);
        requests++;
        const where = `${agency.id} ${e.name} at ${service} on ${c.label} (${c.caseId})`;
        if (party) {
          if (['GET /cases/{id}', 'GET /cases/{id}/timeline', 'GET /cases/{id}/eligibility'].includes(e.name) && res.status !== 200) failures.push(`party refused: ${where}: ${res.status}`);
          continue;
        }
        nonPartyRequests++;
        if (res.status < 300) failures.push(`NON-PARTY ${e.act ? 'ACTED' : 'READ'}: ${where}: ${res.status}`);
        else if (!served && (res.body as { error?: { code?: string } }).error?.code !== 'AUTH.WRONG_SERVICE') failures.push(`not AUTH.WRONG_SERVICE: ${where}: ${res.status}`);
        else if (served && shape(res, c.caseId) !== expected.get(e.name)) failures.push(`differs from a missing case: ${where}: ${shape(res, c.caseId)} vs ${expected.get(e.name)}`);
      }
    }
    if (!served) return;
    const listed = await client.get<{ items: { caseId: string }[] }>('/cases?limit=100');
    requests++;
    for (const item of listed.body.items ?? []) {
      const c = target.cases.find((x) => x.caseId === item.caseId);
      if (c && !c.parties.has(partyKey(agency.id, service))) failures.push(`NON-PARTY LISTED: ${agency.id} at ${service} sees ${c.label} (${c.caseId})`);
    }
  });
  return { requests, nonPartyRequests, failures };
}
