/**
 * Why a service is not ready yet, read from its own log. A service starts in a fixed order
 * (libs/case-exchange/src/runtime/start-service.ts): configuration → MongoDB → RabbitMQ → consumer →
 * HTTP. The last milestone its log shows names what it is waiting for; a known error line overrides.
 */
export type StartupWait = 'port in use' | 'configuration' | 'MongoDB' | 'RabbitMQ' | 'its own start-up' | '/ready';

export interface StartupDiagnosis {
  readonly waitingFor: StartupWait;
  /** The log line that shows it, when there is one (an error beats a milestone). */
  readonly evidence?: string;
}

interface Milestone {
  /** What the service waits for until this line appears. */
  readonly before: StartupWait;
  readonly line: RegExp;
}

// In start-up order. Each `line` is a message the service logs once that step is done.
const MILESTONES: readonly Milestone[] = [
  { before: 'MongoDB', line: /"msg":"mongo connected"/ },
  { before: 'RabbitMQ', line: /"msg":"amqp connected"/ },
  { before: 'its own start-up', line: /"msg":"[^"]* listening on / },
];

// Errors that name their cause whatever the milestone (a port clash surfaces only at listen).
const ERRORS: readonly { readonly waitingFor: StartupWait; readonly line: RegExp }[] = [
  { waitingFor: 'port in use', line: /EADDRINUSE/ },
  { waitingFor: 'configuration', line: /Invalid configuration/ },
  { waitingFor: 'MongoDB', line: /Mongo(?:ose)?(?:ServerSelection|Network)Error|mongo connection error/ },
  { waitingFor: 'RabbitMQ', line: /amqp (?:connection error|recovery gave up)|ACCESS_REFUSED|ECONNREFUSED [^ "]*:5672/ },
];

const lastLineMatching = (lines: readonly string[], pattern: RegExp): string | undefined =>
  [...lines].reverse().find((l) => pattern.test(l));

export function diagnoseStartup(log: string): StartupDiagnosis {
  const lines = log.split('\n').filter((l) => l.trim() !== '');
  for (const error of ERRORS) {
    const evidence = lastLineMatching(lines, error.line);
    if (evidence) return { waitingFor: error.waitingFor, evidence };
  }
  const pending = MILESTONES.find((m) => !lines.some((l) => m.line.test(l)));
  return { waitingFor: pending?.before ?? '/ready' };
}
