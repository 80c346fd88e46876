import type { ServiceName } from '@sx/contracts';
import { eligibleCandidateOn, legalDate } from '@sx/rules';
import { waitFor, type ApiClient, type ApiResponse } from '@sx/testing';
import type { Exchange } from './exchange';

/** What the services answer for a case (the fields the tests read). */
export interface CaseBody {
  readonly caseId: string;
  readonly version: number;
  readonly ruleSet: 'R1' | 'R2' | 'R3';
  readonly status: string;
  readonly yourRoles: string[];
  readonly steps: number;
  readonly nextDue: string | null;
  readonly parties: Record<string, { agencyId: string; service: ServiceName } | undefined>;
  readonly documents: { kind: string; sha256: string; proposal: number }[];
  readonly obligations: { id: string; actor: string; due: string | null; cite: string; overdue: boolean }[];
  readonly events: { seq: number; event: { type: string; actor: string; on: string }; agencyId: string; service: ServiceName; at: string }[];
}

export interface ErrorBody {
  readonly error: { code: string; cite?: string; text: { kk: string; ru: string; en: string }; violations?: { code: string; cite: string }[] };
}

export const DOCUMENT_KINDS = ['reasoned-letter', 'nomination', 'cv', 'service-record', 'written-consent'] as const;

/** A candidate who meets every condition of R1 §10, R2 §11 and R3 §10 on the tests' fixed date, 18 March 2026. */
export const eligibleCandidate = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  ...eligibleCandidateOn(legalDate('2026-03-18'), overrides),
});

export function expectOk<T>(res: ApiResponse<T>, status = 200): T {
  if (res.status !== status) throw new Error(`expected HTTP ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Opens a case, attaches the whole package, and returns the draft. */
export async function openWithPackage(
  sender: ApiClient,
  input: { receiverId: string; fullName?: string; eligibility?: Record<string, unknown>; kinds?: readonly string[]; extra?: Record<string, unknown> },
): Promise<CaseBody> {
  const opened = expectOk(
    await sender.post<CaseBody>('/cases', {
      receiverId: input.receiverId,
      reference: `01-12/${Math.floor(Math.random() * 100000)}`,
      candidate: { fullName: input.fullName ?? 'Aigerim Nurlanovna Sadykova', position: 'Chief expert', eligibility: input.eligibility ?? eligibleCandidate(), ...input.extra },
    }),
    201,
  );
  await attachPackage(sender, opened.caseId, input.kinds ?? DOCUMENT_KINDS);
  return opened;
}

export async function attachPackage(sender: ApiClient, caseId: string, kinds: readonly string[] = DOCUMENT_KINDS): Promise<void> {
  for (const kind of kinds) {
    const content = Buffer.from(`%PDF-1.4 ${kind} of ${caseId} ${Math.random()}`).toString('base64');
    expectOk(await sender.put(`/cases/${caseId}/documents/${kind}`, { fileName: `${kind}.pdf`, contentType: 'application/pdf', contentBase64: content }));
  }
}

export async function step(client: ApiClient, caseId: string, body: Record<string, unknown>): Promise<CaseBody> {
  return expectOk(await client.post<CaseBody>(`/cases/${caseId}/steps`, body));
}

/** Waits until a party's copy of the case has `steps` steps (messages are asynchronous). */
export async function caseAt(client: ApiClient, caseId: string, steps: number): Promise<CaseBody> {
  return waitFor(
    async () => {
      const res = await client.get<CaseBody>(`/cases/${caseId}`);
      return res.status === 200 && res.body.steps >= steps ? res.body : undefined;
    },
    { timeoutMs: 20_000, intervalMs: 100, description: `case ${caseId} to reach ${steps} steps` },
  );
}

/** Every party's copy agrees: same status, same log, same obligations with the same due dates. */
export async function expectPartiesAgree(exchange: Exchange, caseId: string, parties: readonly (readonly [ServiceName, string])[], steps: number): Promise<CaseBody[]> {
  const copies = await Promise.all(parties.map(([service, agency]) => caseAt(exchange.api(service, agency), caseId, steps)));
  const [first, ...rest] = copies;
  for (const c of rest) {
    expect(c.status).toBe(first?.status);
    expect(c.events).toEqual(first?.events);
    expect(c.obligations.map((o) => [o.id, o.due, o.cite])).toEqual(first?.obligations.map((o) => [o.id, o.due, o.cite]));
  }
  return copies;
}
