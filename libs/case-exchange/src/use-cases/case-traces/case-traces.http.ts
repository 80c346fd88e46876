import { defineRoute } from '@sx/http-kit';
import { CaseIdParamsSchema, TAGS } from '../../http/common.schemas';
import type { CaseContext } from '../../context/case-context';
import { caseTraces } from './case-traces.use-case';
import { CaseTracesSchema } from './jaeger-trace.schema';

export const caseTracesRoute = (ctx: CaseContext, jaegerUrl: string) =>
  defineRoute({
    method: 'get',
    path: '/cases/:caseId/traces',
    operationId: 'getCaseTraces',
    summary: 'The spans of every trace the case went through, across all five services (from Jaeger)',
    tags: TAGS.cases,
    auth: true,
    request: { params: CaseIdParamsSchema },
    responses: { 200: CaseTracesSchema },
    errors: [404, 503],
    handler: async ({ agency, params }) => ({ status: 200, body: await caseTraces(ctx, jaegerUrl, agency.agencyId, params.caseId) }),
  });
