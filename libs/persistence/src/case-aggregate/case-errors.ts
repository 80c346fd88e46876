/** Someone else saved the case since we loaded it: reload and decide again (`updateCase` does). */
export class ConcurrentUpdateError extends Error {
  readonly code = 'CASE.CONCURRENT_UPDATE';
  constructor(readonly caseId: string, readonly expectedVersion: number) {
    super(`case ${caseId} was changed concurrently (expected version ${expectedVersion})`);
    this.name = 'ConcurrentUpdateError';
  }
}

export class CaseNotFoundError extends Error {
  readonly code = 'CASE.NOT_FOUND';
  constructor(readonly caseId: string) {
    super(`case ${caseId} does not exist`);
    this.name = 'CaseNotFoundError';
  }
}
