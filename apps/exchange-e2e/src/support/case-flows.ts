import { ok, type CaseResponse, type RequestBody, type StepBody } from '@sx/client';
import type { ServiceName } from '@sx/contracts';
import { eligibleCandidateOn, legalDate } from '@sx/rules';
import { waitFor, type ApiResponse } from '@sx/testing';
import type { Exchange } from './exchange';
import type { PartyApi } from './party-api';

/** What the services answer for a case (the fields the tests read, narrower than CaseResponse's). */
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
  readonly obligations: { id: string; actor: string; due: string | null; cite: string; overdue: boolean; countsFrom?: string }[];
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

type Eligibility = NonNullable<RequestBody<'openCase'>['candidate']['eligibility']>;
type DocumentKind = (typeof DOCUMENT_KINDS)[number];
const onCase = (caseId: string) => ({ params: { path: { caseId } } });
/** The tests read cases through CaseBody: the fields they look at, with the literal types they compare. */
const asCaseBody = (c: CaseResponse): CaseBody => c as unknown as CaseBody;

/** Opens a case, attaches the whole package, and returns the draft. */
export async function openWithPackage(
  sender: PartyApi,
  input: { receiverId: string; fullName?: string; eligibility?: Record<string, unknown>; kinds?: readonly string[]; extra?: Record<string, unknown> },
): Promise<CaseBody> {
  const opened = await ok(
    sender.typed.POST('/cases', {
      body: {
        receiverId: input.receiverId,
        reference: `01-12/${Math.floor(Math.random() * 100000)}`,
        candidate: { fullName: input.fullName ?? 'Aigerim Nurlanovna Sadykova', position: 'Chief expert', eligibility: (input.eligibility ?? eligibleCandidate()) as Eligibility, ...input.extra },
      },
    }),
    201,
  );
  await attachPackage(sender, opened.caseId, input.kinds ?? DOCUMENT_KINDS);
  return asCaseBody(opened);
}

export async function attachPackage(sender: PartyApi, caseId: string, kinds: readonly string[] = DOCUMENT_KINDS): Promise<void> {
  for (const kind of kinds) {
    const contentBase64 = Buffer.from(`%PDF-1.4 ${kind} of ${caseId} ${Math.random()}`).toString('base64');
    await ok(sender.typed.PUT('/cases/{caseId}/documents/{kind}', {
      params: { path: { caseId, kind: kind as DocumentKind } },
      body: { fileName: `${kind}.pdf`, contentType: 'application/pdf', contentBase64 },
    }));
  }
}

/** The sender submits the proposal (R1 §12, R2 §13, R3 §12); `on` dates it. */
export async function submit(sender: PartyApi, caseId: string, on?: string): Promise<CaseBody> {
  return asCaseBody(await ok(sender.typed.POST('/cases/{caseId}/proposal', { ...onCase(caseId), body: on ? { on } : {} })));
}

export async function step(client: PartyApi, caseId: string, body: Record<string, unknown>): Promise<CaseBody> {
  return asCaseBody(await ok(client.typed.POST('/cases/{caseId}/steps', { ...onCase(caseId), body: body as StepBody })));
}

/** A party's copy of the case, or undefined while it has none (404). */
export async function readCase(client: PartyApi, caseId: string): Promise<CaseBody | undefined> {
  const { data } = await client.typed.GET('/cases/{caseId}', onCase(caseId));
  return data ? asCaseBody(data) : undefined;
}

/** Waits until a party's copy of the case has `steps` steps (messages are asynchronous). */
export async function caseAt(client: PartyApi, caseId: string, steps: number): Promise<CaseBody> {
  return waitFor(
    async () => {
      const c = await readCase(client, caseId);
      return c && c.steps >= steps ? c : undefined;
    },
    { timeoutMs: 20_000, intervalMs: 100, description: `case ${caseId} to reach ${steps} steps` },
  );
}

/**
 * Every party's copy agrees with every other: the case reaches `steps` steps at some party; every
 * party the law told of the last steps holds the same log, status and obligations with the same due
 * dates; a party not told of them (the rules' `emits` name who is told) holds a verified prefix of
 * that same log. Returns the copies at `steps`.
 */
export async function expectPartiesAgree(exchange: Exchange, caseId: string, parties: readonly (readonly [ServiceName, string])[], steps: number): Promise<CaseBody[]> {
  const read = ([service, agency]: readonly [ServiceName, string]): Promise<CaseBody | undefined> => readCase(exchange.api(service, agency), caseId);
  const first = await waitFor(
    async () => {
      for (const p of parties) {
        const c = await read(p);
        if (c && c.steps >= steps) return { party: p, copy: c };
      }
      return undefined;
    },
    { timeoutMs: 20_000, intervalMs: 100, description: `case ${caseId} to reach ${steps} steps at some party` },
  );
  let full = first.copy;
  const dues = (c: CaseBody): unknown[][] => c.obligations.map((o) => [o.id, o.due, o.cite]);
  // A period counted from receipt moves on each copy when the owing party's receipt arrives (R3 §13 and
  // the like): copies agree once the receipts have crossed, a moment after the step.
  const agreeOnDues = async (c: CaseBody, p: readonly [ServiceName, string]): Promise<CaseBody> =>
    waitFor(async () => {
      const [mine, theirs] = [await read(p), await read(first.party)];
      if (mine && theirs && JSON.stringify(dues(mine)) === JSON.stringify(dues(theirs))) {
        full = theirs;
        return mine;
      }
      return undefined;
    }, { timeoutMs: 5000, intervalMs: 100 }).catch(() => c);
  const copies: CaseBody[] = [];
  for (const p of parties) {
    // Messages are asynchronous: give a party told of the step a moment to hold it.
    const copy = await waitFor(async () => {
      const c = await read(p);
      return c && c.steps >= steps ? c : undefined;
    }, { timeoutMs: 3000, intervalMs: 100 }).catch(() => read(p));
    if (!copy) continue;
    expect(copy.events).toEqual(full.events.slice(0, copy.steps));
    if (copy.steps < steps) continue;
    const agreed = await agreeOnDues(copy, p);
    expect(agreed.status).toBe(full.status);
    expect(dues(agreed)).toEqual(dues(full));
    copies.push(agreed);
  }
  return copies;
}
