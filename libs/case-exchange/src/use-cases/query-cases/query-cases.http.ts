import { z } from 'zod';
import { defineRoute } from '@sx/http-kit';
import { CaseStatusSchema } from '@sx/rules';
import { CaseResponseSchema } from '../../http/case-response';
import { CaseEtagHeaderSchema, caseReply } from '../../http/case-version';
import { awaitCase } from './await-case.use-case';
import { PreferHeaderSchema, WAIT_DESCRIPTION, waitHeaders, waitMsOf, WaitQuerySchema, WaitResponseHeadersSchema } from './await-case.http';
import { CaseIdParamsSchema, CursorSchema, TAGS } from '../../http/common.schemas';
import { todayOf, type CaseContext } from '../shared/case-context';
import { loadCaseFor } from '../shared/load-case';
import { caseTimeline, TimelineEntrySchema } from './case-timeline.use-case';
import { listCases } from './list-cases.use-case';

const ListQuerySchema = z
  .object({
    status: CaseStatusSchema.optional(),
    overdue: z.enum(['true', 'false']).optional(),
    cursor: CursorSchema.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();

export const listCasesRoute = (ctx: CaseContext) =>
  defineRoute({
    method: 'get',
    path: '/cases',
    summary: 'List your cases (filter by state or overdue obligations; cursor pagination)',
    tags: TAGS.cases,
    auth: true,
    request: { query: ListQuerySchema },
    responses: { 200: z.object({ items: z.array(CaseResponseSchema), nextCursor: z.string().nullable() }) },
    handler: async ({ agency, query }) => ({
      status: 200,
      body: await listCases(ctx, agency.agencyId, {
        limit: query.limit,
        ...(query.status ? { status: query.status } : {}),
        ...(query.overdue === 'true' ? { overdue: true } : {}),
        ...(query.cursor ? { cursor: query.cursor } : {}),
      }),
    }),
  });

export const getCaseRoute = (ctx: CaseContext) =>
  defineRoute({
    method: 'get',
    path: '/cases/:caseId',
    summary: 'A case with its state, documents and open obligations (due dates from the rules library)',
    description: WAIT_DESCRIPTION,
    tags: TAGS.cases,
    auth: true,
    request: { params: CaseIdParamsSchema, query: WaitQuerySchema, headers: PreferHeaderSchema },
    responses: { 200: CaseResponseSchema },
    responseHeaders: CaseEtagHeaderSchema.extend(WaitResponseHeadersSchema.shape),
    errors: [404],
    handler: async ({ agency, params, query, headers, res }) => {
      const waitMs = waitMsOf(query, headers);
      if (waitMs === undefined) {
        const { aggregate, roles } = await loadCaseFor(ctx, params.caseId, agency.agencyId);
        return caseReply(200, aggregate, roles, todayOf(ctx));
      }
      const gone = new AbortController();
      res.once('close', () => gone.abort());
      const awaited = await awaitCase(ctx, params.caseId, agency.agencyId, query.afterSeq ?? -1, waitMs, gone.signal);
      const reply = caseReply(200, awaited.aggregate, awaited.roles, todayOf(ctx));
      return { ...reply, headers: { ...reply.headers, ...waitHeaders(awaited.arrived, waitMs, headers) } };
    },
  });

export const caseTimelineRoute = (ctx: CaseContext) =>
  defineRoute({
    method: 'get',
    path: '/cases/:caseId/timeline',
    summary: 'The case history as this service recorded it: who, when, which message, which paragraph',
    tags: TAGS.cases,
    auth: true,
    request: { params: CaseIdParamsSchema },
    responses: { 200: z.object({ caseId: z.string(), service: z.string(), entries: z.array(TimelineEntrySchema) }) },
    errors: [404],
    handler: async ({ agency, params }) => ({
      status: 200,
      body: { caseId: params.caseId, service: ctx.service, entries: await caseTimeline(ctx, agency.agencyId, params.caseId) },
    }),
  });
