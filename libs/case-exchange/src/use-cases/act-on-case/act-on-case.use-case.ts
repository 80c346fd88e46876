import { stepTaken } from '@sx/observability';
import { changeCase } from '../../event-log/change-case';
import type { CaseRecord } from '../../case-view/case-record';
import type { CaseContext } from '../../context/case-context';
import { caseNotFound } from '../shared/case-errors';
import { decideStep, type StepCommand } from './decide-step';

/**
 * Every act of the procedure, the proposal included: decide on the case as it stands, then commit the
 * signed step with the messages to the parties the rules name. A step taken by another writer in
 * between refuses the act (CASE.CONCURRENT_STEP), as does a stale If-Match (CASE.STALE_VERSION).
 */
export async function actOnCase(ctx: CaseContext, command: StepCommand): Promise<CaseRecord> {
  const result = await changeCase(ctx, command.caseId, (current) => decideStep(ctx, current, command), {
    onConcurrentStep: 'refuse',
    ...(command.expectedSeq !== undefined ? { expectedSeq: command.expectedSeq } : {}),
  });
  ctx.logger.info({ caseId: command.caseId, event: command.event.type, agencyId: command.actor.agencyId, by: command.actor.subject, outcome: result.outcome, seq: result.record?.state.events.length }, 'case step recorded');
  if (!result.record) throw caseNotFound(command.caseId);
  if (result.outcome === 'committed') stepTaken(command.event.type);
  return result.record;
}
