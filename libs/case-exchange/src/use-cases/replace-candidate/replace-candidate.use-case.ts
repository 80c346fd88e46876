import { Refusal, type Actor } from '@sx/contracts';
import { assertAuthorized } from '../../authorization';
import { text } from '@sx/rules';
import type { CandidateRecord } from '../../case-view/case-view.schema';
import { changeCase } from '../../event-log/change-case';
import type { CaseRecord } from '../../case-view/case-record';
import { rolesOfAgency } from '../../case-view/parties';
import type { CaseContext } from '../../context/case-context';
import { caseNotFound, notAParty } from '../shared/case-errors';

const notRefused = (ruleSet: string, status: string): Refusal =>
  new Refusal('conflict', 'CASE.ILLEGAL_TRANSITION', text('Басқа кандидатты тек бас тартудан кейін ұсынуға болады', 'Другого кандидата можно предложить только после отказа', 'Another candidate can be proposed only after a refusal'), {
    cite: ruleSet === 'R2' ? 'R2 §15' : `${ruleSet} §14`,
    details: { status },
  });

/** After a refusal the sender names another candidate (R1 §14, R2 §15, R3 §14) and prepares a new package. */
export async function replaceCandidate(ctx: CaseContext, actor: Actor, caseId: string, candidate: CandidateRecord, expectedSeq?: number): Promise<CaseRecord> {
  const agencyId = actor.agencyId;
  const result = await changeCase(ctx, caseId, (current) => {
    if (!current) throw caseNotFound(caseId);
    const state = current.state;
    if (!rolesOfAgency(state, agencyId, ctx.service).includes('sender')) throw notAParty(caseId);
    assertAuthorized(actor, 'replace-candidate', state.ruleSet);
    if (state.status !== 'proposal-refused') throw notRefused(state.ruleSet, state.status);
    return [{
      state: { ...state, candidate },
      history: [{ at: ctx.clock().toISOString(), event: 'CandidateReplaced', actor: 'sender', details: { agencyId, fullName: candidate.fullName } }],
    }];
  }, { onConcurrentStep: 'decide-again', ...(expectedSeq !== undefined ? { expectedSeq } : {}) });
  if (!result.record) throw caseNotFound(caseId);
  return result.record;
}
