import { existsSync, readFileSync } from 'node:fs';
import type { ServiceName } from '../../../libs/contracts/src/common/service-name.schema';
import { diagnoseStartup } from '@sx/testing';
import { describeWait } from './infra-dependencies';

const TAIL_LINES = 40;

/**
 * A service that did not come up. `blockedBy` is set when the launcher knew the cause before
 * starting it (its port taken, its bundle missing); otherwise the service's log tells.
 */
export class StartFailure extends Error {
  constructor(readonly service: ServiceName, headline: string, readonly blockedBy?: string) {
    super(headline);
  }
}

function tail(file: string): string {
  const lines = readFileSync(file, 'utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.slice(-TAIL_LINES).join('\n');
}

/** What `npm start` prints about a service that did not come up: the cause, then its own log. */
export async function failureReport(failure: StartFailure, logFile: string, env: NodeJS.ProcessEnv, withLog: boolean): Promise<string> {
  const head = `✗ ${failure.service}: ${failure.message}`;
  if (failure.blockedBy) return head;
  const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
  const diagnosis = diagnoseStartup(log);
  return [
    head,
    `  it was waiting for: ${await describeWait(diagnosis.waitingFor, env)}`,
    ...(diagnosis.evidence ? [`  because: ${diagnosis.evidence.slice(0, 400)}`] : []),
    ...(withLog
      ? [`--- last ${TAIL_LINES} lines of ${logFile} ---`, log === '' ? '(the service wrote nothing)' : tail(logFile), '---']
      : [`  (its log: ${logFile})`]),
  ].join('\n');
}
