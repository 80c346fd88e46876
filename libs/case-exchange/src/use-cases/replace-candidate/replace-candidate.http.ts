import { defineRoute } from '@sx/http-kit';
import { CandidateRecordSchema } from '../../case-view/case-view.schema';
import { CaseResponseSchema, toCaseResponse } from '../../http/case-response';
import { CaseIdParamsSchema, TAGS } from '../../http/common.schemas';
import { CANDIDATE_EXAMPLE } from '../../http/request-examples';
import { todayOf, type CaseContext } from '../shared/case-context';
import { replaceCandidate } from './replace-candidate.use-case';

export const replaceCandidateRoute = (ctx: CaseContext) =>
  defineRoute({
    method: 'put',
    path: '/cases/:caseId/candidate',
    operationId: 'replaceCandidate',
    summary: 'Name another candidate after a refusal (R1 §14, R2 §15, R3 §14)',
    tags: TAGS.steps,
    auth: true,
    request: { params: CaseIdParamsSchema, body: CandidateRecordSchema },
    bodyExample: { ...CANDIDATE_EXAMPLE, fullName: 'Daniyar Omarov' },
    responses: { 200: CaseResponseSchema },
    errors: [404, 409, 422],
    handler: async ({ agency, params, body }) => {
      const saved = await replaceCandidate(ctx, agency.agencyId, params.caseId, body);
      return { status: 200, body: toCaseResponse(saved, ['sender'], todayOf(ctx)) };
    },
  });
