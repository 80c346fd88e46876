import type { ExchangeClient, StepBody } from '@sx/client';
import { unwrap } from './api-client';
import type { Case } from './api-types';

const MAX_PAGES = 10;

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
    case: (id: string) => unwrap(client.GET('/cases/{caseId}', caseId(id))),
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
