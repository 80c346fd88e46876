import { defineRoute } from '@sx/http-kit';
import { CandidateRecordSchema } from '../../case-view/case-view.schema';
import { CaseResponseSchema } from '../../http/case-response';
import { CaseEtagHeaderSchema, caseReply, expectedSeqOf, IfMatchHeaderSchema } from '../../http/case-version';
import { CaseIdParamsSchema, TAGS } from '../../http/common.schemas';
import { CANDIDATE_EXAMPLE } from '../../http/request-examples';
import { todayOf, type CaseContext } from '../../context/case-context';
import { replaceCandidate } from './replace-candidate.use-case';

export const replaceCandidateRoute = (ctx: CaseContext) =>
  defineRoute({
    method: 'put',
    path: '/cases/:caseId/candidate',
    operationId: 'replaceCandidate',
    summary: 'Name another candidate after a refusal (R1 §14, R2 §15, R3 §14)',
    tags: TAGS.steps,
    auth: true,
    request: { params: CaseIdParamsSchema, headers: IfMatchHeaderSchema, body: CandidateRecordSchema },
    bodyExample: { ...CANDIDATE_EXAMPLE, fullName: 'Daniyar Omarov' },
    responses: { 200: CaseResponseSchema },
    responseHeaders: CaseEtagHeaderSchema,
    errors: [403, 404, 409, 412, 422],
    handler: async ({ actor, params, headers, body }) => {
      const saved = await replaceCandidate(ctx, actor, params.caseId, body, expectedSeqOf(headers['If-Match']));
      return caseReply(200, saved, ['sender'], todayOf(ctx));
    },
  });
