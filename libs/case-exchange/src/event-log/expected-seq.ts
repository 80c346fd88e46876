import { ApiError } from '@sx/http-kit';
import type { CaseRecord } from '../persistence/case.store';
import type { Decision } from './take-step';

/** The case's `seq`: the number of its last step (0 before the proposal). */
export const seqOf = (record: CaseRecord | null): number => record?.state.events.length ?? 0;

/** The caller decided on another version of the case than the current one (If-Match did not match). */
export class StaleVersionError extends Error {
  readonly code = 'CASE.STALE_VERSION';
  constructor(
    readonly caseId: string,
    readonly seq: number,
    readonly expected: number,
  ) {
    super(`case ${caseId}: at seq ${seq}, not ${expected}`);
    this.name = 'StaleVersionError';
  }
}

// A 404 (not a party, no such case) wins over a stale version: an outsider must not learn the case's seq.
const hidesCase = (err: unknown): boolean => err instanceof ApiError && err.status === 404;

/**
 * Decides, then refuses with CASE.STALE_VERSION when the caller's expected seq is not the caught-up
 * case's: checked on every attempt, so a lost race re-decides on the winner's case and is refused.
 */
export function decideExpecting(caseId: string, current: CaseRecord | null, decide: (current: CaseRecord | null) => Decision | null, expectedSeq: number | undefined): Decision | null {
  const stale = current !== null && expectedSeq !== undefined && seqOf(current) !== expectedSeq;
  try {
    const entries = decide(current);
    if (!stale) return entries;
  } catch (err) {
    if (!stale || hidesCase(err)) throw err;
  }
  throw new StaleVersionError(caseId, seqOf(current), expectedSeq ?? 0);
}

