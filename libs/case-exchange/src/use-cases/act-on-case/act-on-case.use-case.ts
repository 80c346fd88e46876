import type { CaseRecord } from '../../persistence/case.store';
import type { CaseContext } from '../shared/case-context';
import { recordStep, type StepEvent } from '../shared/record-step';
import type { ActOnCaseBody } from './act-on-case.schema';

/** Any step of the procedure after the proposal: the rules decide whether this party may take it now. */
export async function actOnCase(ctx: CaseContext, agencyId: string, caseId: string, body: ActOnCaseBody, expectedSeq?: number): Promise<CaseRecord> {
  const { on, as, ...event } = body;
  // The event's fields were validated against its schema at the edge; the rules validate it again whole.
  return recordStep(ctx, { caseId, agencyId, ...(as ? { as } : {}), ...(on ? { on } : {}), ...(expectedSeq !== undefined ? { expectedSeq } : {}), event: event as unknown as StepEvent });
}
