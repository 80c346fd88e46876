import { defineRoute } from '@sx/http-kit';
import { CaseResponseSchema } from '../../http/case-response';
import { CaseEtagHeaderSchema, caseReply } from '../../http/case-version';
import { TAGS } from '../../http/common.schemas';
import { CANDIDATE_EXAMPLE } from '../../http/request-examples';
import { todayOf, type CaseContext } from '../../context/case-context';
import { OpenCaseBodySchema } from './open-case.schema';
import { openCase } from './open-case.use-case';

export const openCaseRoute = (ctx: CaseContext) =>
  defineRoute({
    method: 'post',
    path: '/cases',
    operationId: 'openCase',
    summary: 'Open a case for a candidate (sender)',
    description: 'The rule set (R1, R2 or R3) follows from the sender, the receiver and the candidate (R1 §2, R2 §2, R3 §2).',
    tags: TAGS.cases,
    auth: true,
    request: { body: OpenCaseBodySchema },
    bodyExample: { receiverId: 'ministry-of-justice', reference: '01-12/345', candidate: CANDIDATE_EXAMPLE },
    responses: { 201: CaseResponseSchema },
    responseHeaders: CaseEtagHeaderSchema,
    errors: [403, 422],
    handler: async ({ actor, body }) => {
      const opened = await openCase(ctx, actor, body);
      return caseReply(201, opened, ['sender'], todayOf(ctx));
    },
  });
