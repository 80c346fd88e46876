import { defineRoute } from '@sx/http-kit';
import { rolesOfAgency } from '../../case-view/parties';
import { CaseResponseSchema } from '../../http/case-response';
import { CaseEtagHeaderSchema, caseReply, expectedSeqOf, IfMatchHeaderSchema } from '../../http/case-version';
import { CaseIdParamsSchema, TAGS } from '../../http/common.schemas';
import { todayOf, type CaseContext } from '../../context/case-context';
import { ActOnCaseBodySchema, type ActOnCaseBody } from './act-on-case.schema';
import { actOnCase } from './act-on-case.use-case';
import type { StepEvent } from './decide-step';

export const actOnCaseRoute = (ctx: CaseContext) =>
  defineRoute({
    method: 'post',
    path: '/cases/:caseId/steps',
    operationId: 'takeStep',
    summary: 'Take a step of the procedure (agree, refuse, request approval, approve, appoint, order, extend, recall …)',
    description:
      'The body is a rules event without `actor` (taken from your role in the case) and with an optional `on` (the legal date of the act, default today in Asia/Almaty). GET /procedures/{ruleSet} lists which step each party may take in which state.',
    tags: TAGS.steps,
    auth: true,
    request: { params: CaseIdParamsSchema, headers: IfMatchHeaderSchema, body: ActOnCaseBodySchema },
    bodyExample: { type: 'ProposalAgreed', on: '2026-03-18' },
    responses: { 200: CaseResponseSchema },
    responseHeaders: CaseEtagHeaderSchema,
    errors: [403, 404, 409, 412, 422],
    handler: async ({ actor, params, headers, body }) => {
      // The event's fields were validated against its schema here; the rules validate it again whole.
      const { on, as, ...event } = body as ActOnCaseBody;
      const expectedSeq = expectedSeqOf(headers['If-Match']);
      const saved = await actOnCase(ctx, { caseId: params.caseId, actor, event: event as unknown as StepEvent, ...(as ? { as } : {}), ...(on ? { on } : {}), ...(expectedSeq !== undefined ? { expectedSeq } : {}) });
      return caseReply(200, saved, rolesOfAgency(saved.state, actor.agencyId, ctx.service), todayOf(ctx));
    },
  });
