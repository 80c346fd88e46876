import { z } from 'zod';
import { ViolationSchema } from '@sx/contracts';
import { defineRoute } from '@sx/http-kit';
import { deadlineParameter, latestValue, LegalDateSchema, periodText, type DeadlineStep, type RuleSet } from '@sx/rules';
import { rolesOfAgency } from '../../case-view/parties';
import { CaseResponseSchema } from '../../http/case-response';
import { CaseEtagHeaderSchema, caseReply, expectedSeqOf, IfMatchHeaderSchema } from '../../http/case-version';
import { CaseIdParamsSchema, TAGS } from '../../http/common.schemas';
import { todayOf, type CaseContext } from '../../context/case-context';
import { assertAuthorized } from '../../authorization';
import { loadCaseFor } from '../shared/load-case';
import { checkCase } from './check-proposal.use-case';
import { submitProposal } from './submit-proposal.use-case';
import { caseReadRoute } from '../../http/case-read-route';

/** A period of the law as its latest edition states it, read from the dated parameter, for the API description. */
const periodNow = (ruleSet: RuleSet, step: DeadlineStep): string => {
  const parameter = deadlineParameter(ruleSet, step);
  return parameter ? periodText(latestValue(parameter)).en : 'no period set';
};

export const checkProposalRoute = (ctx: CaseContext) =>
  caseReadRoute({
    view: 'checks',
    operationId: 'checkProposal',
    summary: 'Check eligibility, the package and applicability before submitting (every failure, cited)',
    responses: {
      200: z.object({
        ok: z.boolean().describe('True when the proposal may be submitted now: the rules apply to the case, every eligibility condition holds and the package is complete.'),
        violations: z.array(ViolationSchema).describe('Every condition that fails, each with its paragraph (e.g. R3 §10(4)); all of them, not only the first. Empty when ok.'),
      }),
    },
    errors: [403, 404, 422],
    handler: async ({ actor, params }) => {
      const { aggregate } = await loadCaseFor(ctx, params.caseId, actor.agencyId);
      // Checking the draft before submitting it is the preparer's work; the party check came first (404).
      assertAuthorized(actor, 'check-eligibility', aggregate.state.ruleSet);
      const checked = checkCase(ctx, aggregate.state, todayOf(ctx));
      return { status: 200, body: { ok: checked.ok, violations: checked.ok ? [] : [...checked.violations] } };
    },
  });

export const submitProposalRoute = (ctx: CaseContext) =>
  defineRoute({
    method: 'post',
    path: '/cases/:caseId/proposal',
    operationId: 'submitProposal',
    summary: 'Submit the reasoned letter with the package (R1 §12, R2 §13, R3 §12)',
    tags: TAGS.steps,
    auth: true,
    request: { params: CaseIdParamsSchema, headers: IfMatchHeaderSchema, body: z
        .object({ on: LegalDateSchema.optional().describe(`The date of the reasoned letter (YYYY-MM-DD in Asia/Almaty); default today. The receiver’s decision period counts from its receipt (R1 §13, R3 §13: ${periodNow('R3', 'receiver-decision')}; R2 §14: ${periodNow('R2', 'mfa-decision')}).`) })
        .strict(),
    },
    bodyExample: { on: '2026-03-18' },
    responses: { 200: CaseResponseSchema },
    responseHeaders: CaseEtagHeaderSchema,
    errors: [404, 409, 412, 422],
    handler: async ({ actor, params, headers, body }) => {
      const saved = await submitProposal(ctx, actor, params.caseId, body.on, expectedSeqOf(headers['If-Match']));
      return caseReply(200, saved, rolesOfAgency(saved.state, actor.agencyId, ctx.service), todayOf(ctx));
    },
  });
