import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVICE_NAMES, type ServiceName } from '@sx/contracts';
import { mongoUrlVariable } from '@sx/case-exchange';

/** Everything that makes one test file's exchange private: names, databases, files. */
export interface RunSettings {
  readonly runId: string;
  /** SX_AMQP_PREFIX of every service: its own exchange and queues. */
  readonly prefix: string;
  readonly amqpUrl: string;
  readonly mongoUrls: Readonly<Record<ServiceName, string>>;
  /** Logs (`<service>.log`) and spans (`spans.jsonl`) of the run; kept for debugging. */
  readonly dir: string;
  readonly spansFile: string;
}

const MONGO_HOST = process.env['SX_E2E_MONGO'] ?? 'mongodb://127.0.0.1:27017';

/** Where the run's broker and store are; the shared local ones by default (the chaos suite brings its own). */
export interface RunInfra {
  readonly amqpUrl?: string;
  readonly mongoHost?: string;
}

export function newRunSettings(infra: RunInfra = {}): RunSettings {
  // Time first, so leftovers of crashed runs sort by age; the random part keeps parallel files apart.
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const dir = mkdtempSync(join(tmpdir(), `sx-e2e-${runId}-`));
  const host = infra.mongoHost ?? MONGO_HOST;
  const mongoUrls = Object.fromEntries(SERVICE_NAMES.map((s) => [s, `${host}/sx-e2e-${runId}-${s}`])) as Record<ServiceName, string>;
  return {
    runId,
    prefix: `sx-e2e-${runId}`,
    amqpUrl: infra.amqpUrl ?? process.env['AMQP_URL'] ?? 'amqp://guest:guest@127.0.0.1:5672',
    mongoUrls,
    dir,
    spansFile: join(dir, 'spans.jsonl'),
  };
}

/** The environment one service process gets on top of the test runner's own. */
export function serviceEnv(run: RunSettings, service: ServiceName, extra: Readonly<Record<string, string>>): Record<string, string> {
  return {
    AMQP_URL: run.amqpUrl,
    SX_AMQP_PREFIX: run.prefix,
    [mongoUrlVariable(service)]: run.mongoUrls[service],
    SX_OTEL_FILE: run.spansFile,
    // The tests run on the derived dev keys, and create cases faster than an agency system would.
    SX_DEV_KEYS: '1',
    SX_WRITES_PER_AGENCY: '1000000',
    SX_READS_PER_AGENCY: '1000000',
    SX_AUTH_FAILURES_PER_IP: '1000000',
    ...extra,
  };
}
