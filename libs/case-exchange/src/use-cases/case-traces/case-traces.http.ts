import type { CaseContext } from '../../context/case-context';
import { caseTraces } from './case-traces.use-case';
import { CaseTracesSchema } from './jaeger-trace.schema';
import { caseReadRoute } from '../../http/case-read-route';

export const caseTracesRoute = (ctx: CaseContext, jaegerUrl: string) =>
  caseReadRoute({
    view: 'traces',
    operationId: 'getCaseTraces',
    summary: 'The spans of every trace the case went through, across all five services (from Jaeger)',
    responses: { 200: CaseTracesSchema },
    errors: [404, 503],
    handler: async ({ agency, params }) => ({ status: 200, body: await caseTraces(ctx, jaegerUrl, agency.agencyId, params.caseId) }),
  });
