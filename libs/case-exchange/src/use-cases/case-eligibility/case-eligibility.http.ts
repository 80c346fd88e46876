import { todayOf, type CaseContext } from '../../context/case-context';
import { loadCaseFor } from '../shared/load-case';
import { CaseEligibilitySchema } from './case-eligibility.schema';
import { caseEligibility } from './case-eligibility.use-case';
import { caseReadRoute } from '../../http/case-read-route';

export const caseEligibilityRoute = (ctx: CaseContext) =>
  caseReadRoute({
    view: 'eligibility',
    operationId: 'getCaseEligibility',
    summary: 'Every eligibility condition and package document of the current candidate, each cited, with its verdict',
    description:
      'For any party of the case. The package (R1 §12, R2 §13, R3 §12) is checked from the documents this service holds. ' +
      'The eligibility conditions (R1 §10, R2 §11, R3 §10) are evaluated where the candidate’s facts are, at the sender; ' +
      'the other parties never receive those facts, so their copy lists each condition as `declared` with `source: senderDeclaration`, ' +
      'together with the sender’s signed ProposalSubmitted step (`declaration`) that vouches for them. Texts in kk, ru and en.',
    responses: { 200: CaseEligibilitySchema },
    errors: [404],
    handler: async ({ agency, params }) => {
      const { aggregate } = await loadCaseFor(ctx, params.caseId, agency.agencyId);
      return { status: 200, body: caseEligibility(aggregate.state, todayOf(ctx)) };
    },
  });
