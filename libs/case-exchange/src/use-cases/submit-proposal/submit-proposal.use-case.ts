import { refusalOfViolations, type Actor } from '@sx/contracts';
import type { CaseRecord } from '../../case-view/case-record';
import { actOnCase } from '../act-on-case/act-on-case.use-case';
import { todayOf, type CaseContext } from '../../context/case-context';
import { loadCaseFor } from '../shared/load-case';
import { checkCase } from './check-proposal.use-case';

/**
 * The sender submits the reasoned letter with the package (R1 §12, R2 §13, R3 §12) once every
 * condition holds (R1 §10, R2 §11, R3 §10); otherwise every failure is returned with its citation.
 */
export async function submitProposal(ctx: CaseContext, actor: Actor, caseId: string, on?: string, expectedSeq?: number): Promise<CaseRecord> {
  const { aggregate } = await loadCaseFor(ctx, caseId, actor.agencyId);
  const view = aggregate.state;
  const checked = checkCase(ctx, view, todayOf(ctx));
  if (!checked.ok) throw refusalOfViolations(checked.violations);
  const receiverKind = ctx.agencies.get(view.parties.receiver.agencyId).kind;
  return actOnCase(ctx, {
    caseId,
    actor,
    as: 'sender',
    ...(on ? { on } : {}),
    ...(expectedSeq !== undefined ? { expectedSeq } : {}),
    event: { type: 'ProposalSubmitted', receiverKind, candidateIsPresidentialAdministrationServant: view.candidate.presidentialAdministrationServant },
  });
}
