import type { ApiClient } from './api-client';
import {
  AuditSchema, CaseListSchema, CaseSchema, CaseTracesSchema, EligibilitySchema, DownloadSchema, ServiceInfoSchema, TimelineSchema, type Case, type CaseList,
} from './api.schemas';

const MAX_PAGES = 10;

/** The API calls the console makes, each parsed by its schema. */
export function consoleApi(client: ApiClient) {
  return {
    service: () => client.get('/console/service.json', ServiceInfoSchema),
    /** Every case of the agency (cursor pages of 100), optionally by status. */
    async cases(status?: string): Promise<Case[]> {
      const all: Case[] = [];
      let cursor: string | null = null;
      for (let page = 0; page < MAX_PAGES; page++) {
        const q: URLSearchParams = new URLSearchParams({ limit: '100', ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) });
        const res: CaseList = await client.get(`/cases?${q.toString()}`, CaseListSchema);
        all.push(...res.items);
        cursor = res.nextCursor;
        if (!cursor) break;
      }
      return all;
    },
    case: (id: string) => client.get(`/cases/${encodeURIComponent(id)}`, CaseSchema),
    timeline: (id: string) => client.get(`/cases/${encodeURIComponent(id)}/timeline`, TimelineSchema),
    eligibility: (id: string) => client.get(`/cases/${encodeURIComponent(id)}/eligibility`, EligibilitySchema),
    audit: (id: string) => client.get(`/cases/${encodeURIComponent(id)}/audit`, AuditSchema),
    traces: (id: string) => client.get(`/cases/${encodeURIComponent(id)}/traces`, CaseTracesSchema),
    download: (id: string, sha256: string) => client.get(`/cases/${encodeURIComponent(id)}/files/${sha256}`, DownloadSchema),
    step: (id: string, type: string) => client.post(`/cases/${encodeURIComponent(id)}/steps`, { type }, CaseSchema),
  };
}
export type ConsoleApi = ReturnType<typeof consoleApi>;
