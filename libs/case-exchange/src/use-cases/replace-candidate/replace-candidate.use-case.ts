import { updateCase, type CaseAggregate } from '@sx/persistence';
import { ApiError } from '@sx/http-kit';
import { text } from '@sx/rules';
import type { CandidateRecord, CaseView } from '../../case-view/case-view.schema';
import { rolesOfAgency } from '../../case-view/parties';
import type { CaseContext } from '../shared/case-context';
import { notAParty, rethrowNotFound } from '../shared/case-errors';

const notRefused = (ruleSet: string, status: string): ApiError =>
  new ApiError(409, 'CASE.ILLEGAL_TRANSITION', text('Басқа кандидатты тек бас тартудан кейін ұсынуға болады', 'Другого кандидата можно предложить только после отказа', 'Another candidate can be proposed only after a refusal'), {
    cite: ruleSet === 'R2' ? 'R2 §15' : `${ruleSet} §14`,
    details: { status },
  });

/** After a refusal the sender names another candidate (R1 §14, R2 §15, R3 §14) and prepares a new package. */
export async function replaceCandidate(ctx: CaseContext, agencyId: string, caseId: string, candidate: CandidateRecord): Promise<CaseAggregate<CaseView>> {
  const result = await updateCase(ctx.cases, caseId, ({ state }) => {
    if (!rolesOfAgency(state, agencyId, ctx.service).includes('sender')) throw notAParty(caseId);
    if (state.status !== 'proposal-refused') throw notRefused(state.ruleSet, state.status);
    return {
      state: { ...state, candidate },
      history: [{ at: ctx.clock().toISOString(), event: 'CandidateReplaced', actor: 'sender', details: { agencyId, fullName: candidate.fullName } }],
    };
  }).catch(rethrowNotFound(caseId));
  return result.aggregate;
}
