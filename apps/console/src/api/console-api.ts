import type { ExchangeClient, RequestBody, StepBody, operations } from '@sx/client';
import { unwrap } from './api-client';
import type { Case } from './api-types';
import { requestSchemaOf, type OpenApiDoc, type Schema } from './request-schema';

const MAX_PAGES = 10;

export type OpenCaseBody = RequestBody<'openCase'>;
export type CandidateBody = RequestBody<'replaceCandidate'>;
export type DocumentKind = operations['attachDocument']['parameters']['path']['kind'];
export interface AgencyInfo { readonly id: string; readonly kind: string; readonly name: Readonly<Record<'kk' | 'ru' | 'en', string>> }

/** The API calls the console makes, all through the generated client. */
export function consoleApi(client: ExchangeClient) {
  const caseId = (id: string) => ({ params: { path: { caseId: id } } });
  return {
    service: async (): Promise<{ service: string }> => {
      const res = await fetch('/console/service.json');
      return (await res.json()) as { service: string };
    },
    /** Every case of the agency (cursor pages of 100). */
    async cases(): Promise<Case[]> {
      const all: Case[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const res = await unwrap(client.GET('/cases', { params: { query: { limit: 100, ...(cursor ? { cursor } : {}) } } }));
        all.push(...res.items);
        cursor = res.nextCursor ?? undefined;
        if (!cursor) break;
      }
      return all;
    },
    /**
     * The request schema of `POST /cases` from the service's own OpenAPI document (generated from the
     * zod schema it validates with): the open-case form checks as typed by it. Undefined where the
     * service publishes no document.
     */
    openCaseSchema: async (): Promise<Schema | undefined> => {
      const res = await fetch('/openapi.json');
      if (!res.ok) return undefined;
      return requestSchemaOf((await res.json()) as OpenApiDoc, '/cases');
    },
    /** The agencies a case can be opened with (GET /agencies: id, kind, names). */
    agencies: async (): Promise<AgencyInfo[]> => (await unwrap(client.GET('/agencies'))) as unknown as AgencyInfo[],
    openCase: (body: OpenCaseBody, idempotencyKey: string) => unwrap(client.POST('/cases', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } })),
    /** Another candidate after a refusal (R1 §14, R2 §15, R3 §14), on the copy the official read. */
    replaceCandidate: (id: string, body: CandidateBody, seq: number, idempotencyKey: string) =>
      unwrap(client.PUT('/cases/{caseId}/candidate', { body, params: { path: { caseId: id }, header: { 'If-Match': `"${seq}"`, 'Idempotency-Key': idempotencyKey } } })),
    /** One document of the package as its raw bytes, with the SHA-256 the browser computed for the server to check. */
    attach: (id: string, kind: DocumentKind, file: File, sha256: string) =>
      unwrap(client.PUT('/cases/{caseId}/documents/{kind}', {
        params: { path: { caseId: id, kind }, query: { fileName: file.name }, header: { 'Idempotency-Key': crypto.randomUUID() } },
        body: file as unknown as string,
        bodySerializer: (b: unknown) => b as Blob,
        headers: { 'content-type': file.type || 'application/pdf', 'x-content-sha256': sha256 },
      })),
    case: (id: string) => unwrap(client.GET('/cases/{caseId}', caseId(id))),
    /** The case once this service holds a step after `seq`, or as it is when `wait` seconds pass. */
    caseAfter: (id: string, seq: number, wait: number, signal: AbortSignal) =>
      unwrap(client.GET('/cases/{caseId}', { params: { path: { caseId: id }, query: { afterSeq: seq, wait } }, signal })),
    acts: (id: string) => unwrap(client.GET('/cases/{caseId}/acts', caseId(id))),
    timeline: (id: string) => unwrap(client.GET('/cases/{caseId}/timeline', caseId(id))),
    eligibility: (id: string) => unwrap(client.GET('/cases/{caseId}/eligibility', caseId(id))),
    audit: (id: string) => unwrap(client.GET('/cases/{caseId}/audit', caseId(id))),
    traces: (id: string) => unwrap(client.GET('/cases/{caseId}/traces', caseId(id))),
    /** The file's bytes (the API sends them as they were uploaded). */
    download: (id: string, sha256: string) => unwrap<Blob>(client.GET('/cases/{caseId}/files/{sha256}', { params: { path: { caseId: id, sha256 } }, parseAs: 'blob' }) as Promise<{ data?: Blob; error?: unknown; response: Response }>),
    /** A step on the copy the official saw (If-Match), once however often it is sent (Idempotency-Key). */
    step: (id: string, body: StepBody, seq: number, idempotencyKey: string = crypto.randomUUID()) =>
      unwrap(client.POST('/cases/{caseId}/steps', { params: { path: { caseId: id }, header: { 'If-Match': `"${seq}"`, 'Idempotency-Key': idempotencyKey } }, body } as never)),
    /** The proposal, submitted with its eligibility and package checks (the sender's act). */
    submit: (id: string, seq: number, idempotencyKey: string = crypto.randomUUID()) =>
      unwrap(client.POST('/cases/{caseId}/proposal', { params: { path: { caseId: id }, header: { 'If-Match': `"${seq}"`, 'Idempotency-Key': idempotencyKey } }, body: {} })),
  };
}
export type ConsoleApi = ReturnType<typeof consoleApi>;
