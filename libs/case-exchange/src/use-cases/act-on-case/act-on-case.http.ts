import { defineRoute } from '@sx/http-kit';
import { rolesOfAgency } from '../../case-view/parties';
import { CaseResponseSchema, toCaseResponse } from '../../http/case-response';
import { CaseIdParamsSchema, TAGS } from '../../http/common.schemas';
import { todayOf, type CaseContext } from '../shared/case-context';
import { ActOnCaseBodySchema, type ActOnCaseBody } from './act-on-case.schema';
import { actOnCase } from './act-on-case.use-case';

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
    request: { params: CaseIdParamsSchema, body: ActOnCaseBodySchema },
    bodyExample: { type: 'ProposalAgreed', on: '2026-03-18' },
    responses: { 200: CaseResponseSchema },
    errors: [403, 404, 409, 422],
    handler: async ({ agency, params, body }) => {
      const saved = await actOnCase(ctx, agency.agencyId, params.caseId, body as ActOnCaseBody);
      return { status: 200, body: toCaseResponse(saved, rolesOfAgency(saved.state, agency.agencyId, ctx.service), todayOf(ctx)) };
    },
  });
