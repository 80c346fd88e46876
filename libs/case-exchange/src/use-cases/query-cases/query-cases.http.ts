import { z } from 'zod';
import { defineRoute } from '@sx/http-kit';
import { CaseStatusSchema } from '@sx/rules';
import { CaseResponseSchema, toCaseResponse } from '../../http/case-response';
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
    operationId: 'listCases',
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
    operationId: 'getCase',
    summary: 'A case with its state, documents and open obligations (due dates from the rules library)',
    tags: TAGS.cases,
    auth: true,
    request: { params: CaseIdParamsSchema },
    responses: { 200: CaseResponseSchema },
    errors: [404],
    handler: async ({ agency, params }) => {
      const { aggregate, roles } = await loadCaseFor(ctx, params.caseId, agency.agencyId);
      return { status: 200, body: toCaseResponse(aggregate, roles, todayOf(ctx)) };
    },
  });

export const caseTimelineRoute = (ctx: CaseContext) =>
  defineRoute({
    method: 'get',
    path: '/cases/:caseId/timeline',
    operationId: 'getCaseTimeline',
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
