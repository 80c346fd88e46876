import { z } from 'zod';
import { RuleSetSchema } from '@sx/contracts';
import { defineRoute } from '@sx/http-kit';
import { CaseStatusSchema } from '@sx/rules';
import { CaseResponseSchema } from '../../http/case-response';
import { CaseEtagHeaderSchema, caseReply } from '../../http/case-version';
import { awaitCase } from './await-case.use-case';
import { PreferHeaderSchema, WAIT_DESCRIPTION, waitHeaders, waitMsOf, WaitQuerySchema, WaitResponseHeadersSchema } from './await-case.http';
import { CaseIdParamsSchema, CursorSchema, TAGS } from '../../http/common.schemas';
import { todayOf, type CaseContext } from '../../context/case-context';
import { loadCaseFor } from '../shared/load-case';
import { caseTimeline, TimelineEntrySchema } from './case-timeline.use-case';
import { listCases } from './list-cases.use-case';
import { caseReadRoute } from '../../http/case-read-route';

const ListQuerySchema = z
  .object({
    status: CaseStatusSchema.optional().describe('Only cases in this state.'),
    procedure: RuleSetSchema.optional().describe('Only cases under this rule set: R1 (diplomatic service), R2 (foreign institutions), R3 (state bodies).'),
    overdue: z.enum(['true', 'false']).optional().describe('`true`: only cases with an open obligation already past its due date.'),
    owedBy: z.enum(['me', 'others']).optional().describe('Only cases with an open obligation owed by your agency (`me`: your role in the case must act) or by another party (`others`).'),
    dueWithin: z.coerce.number().int().min(0).max(250).optional()
      .describe('Only cases with an open obligation due today or within this many working days (the working calendar); combined with owedBy, the same obligation must match both.'),
    cursor: CursorSchema.optional().describe('The `nextCursor` of the previous page.'),
    limit: z.coerce.number().int().min(1).max(100).default(20).describe('Cases read per page (1–100); obligation filters may leave a page shorter.'),
  })
  .strict();

export const listCasesRoute = (ctx: CaseContext) =>
  defineRoute({
    method: 'get',
    path: '/cases',
    operationId: 'listCases',
    summary: 'List your cases (filter by state, procedure, overdue, owed by you or others, due within N working days; cursor pagination)',
    tags: TAGS.cases,
    auth: true,
    request: { query: ListQuerySchema },
    responses: {
      200: z.object({
        items: z.array(CaseResponseSchema).describe('Your cases on this page, in ascending case id order.'),
        nextCursor: z.string().nullable().describe('Pass it as `cursor` for the next page; null on the last page.'),
      }),
    },
    handler: async ({ agency, query }) => ({
      status: 200,
      body: await listCases(ctx, agency.agencyId, {
        limit: query.limit,
        ...(query.status ? { status: query.status } : {}),
        ...(query.procedure ? { procedure: query.procedure } : {}),
        ...(query.overdue === 'true' ? { overdue: true } : {}),
        ...(query.owedBy ? { owedBy: query.owedBy } : {}),
        ...(query.dueWithin !== undefined ? { dueWithin: query.dueWithin } : {}),
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
  caseReadRoute({
    view: 'timeline',
    operationId: 'getCaseTimeline',
    summary: 'The case history as this service recorded it: who, when, which message, which paragraph',
    responses: {
      200: z.object({
        caseId: z.string().describe('The case whose timeline this is.'),
        service: z.string().describe('The service whose record this is: each party’s service keeps its own timeline of the same steps.'),
        entries: z.array(TimelineEntrySchema).describe('What this service recorded, oldest first.'),
      }),
    },
    errors: [404],
    handler: async ({ agency, params }) => ({
      status: 200,
      body: { caseId: params.caseId, service: ctx.service, entries: await caseTimeline(ctx, agency.agencyId, params.caseId) },
    }),
  });
