// A RabbitMQ node and a FerretDB of the chaos run's own, on their own ports: the run restarts the
// broker and kills processes, which must never disturb the shared local ones other tests use.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '@sx/testing';

const portOpen = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const s = createConnection({ host: '127.0.0.1', port }, () => (s.end(), resolve(true)));
    s.on('error', () => resolve(false));
  });

async function waitPort(port: number, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await portOpen(port))) {
    if (Date.now() > until) throw new Error(`${what} did not open 127.0.0.1:${port} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export interface PrivateInfra {
  readonly amqpUrl: string;
  readonly mongoHost: string;
  restartBroker(): Promise<void>;
  /** kill -9 of the database process, then a new one on the same data: the services must ride it out. */
  killAndRestartDatabase(): Promise<void>;
  stop(): Promise<void>;
}

export async function startPrivateInfra(amqpPort: number, mongoPort: number): Promise<PrivateInfra> {
  const dir = mkdtempSync(join(tmpdir(), 'sx-chaos-infra-'));
  // Debian's rabbitmq-server drops to the rabbitmq user: the node's directory must be that user's.
  if (process.getuid?.() === 0) {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'rabbitmq'], { encoding: 'utf8' }).trim());
    chownSync(dir, id('-u'), id('-g'));
    chmodSync(dir, 0o755);
  }
  const node = `sxchaos${amqpPort}@localhost`;
  const env = {
    ...process.env,
    RABBITMQ_NODENAME: node,
    RABBITMQ_NODE_PORT: String(amqpPort),
    RABBITMQ_DIST_PORT: String(amqpPort + 20000),
    RABBITMQ_MNESIA_BASE: join(dir, 'mnesia'),
    RABBITMQ_LOG_BASE: join(dir, 'log'),
    RABBITMQ_ENABLED_PLUGINS_FILE: join(dir, 'enabled_plugins'),
    RABBITMQ_PID_FILE: join(dir, 'rabbit.pid'),
    RABBITMQ_FEATURE_FLAGS_FILE: join(dir, 'feature_flags'),
  };
  const ctl = (...args: string[]) => execFileSync('rabbitmqctl', ['-n', node, ...args], { env, stdio: 'pipe', timeout: 60_000 });
  const startBroker = async () => {
    execFileSync('rabbitmq-server', ['-detached'], { env, stdio: 'ignore' });
    await waitPort(amqpPort, 60_000, 'the chaos RabbitMQ node');
    ctl('await_startup');
  };
  await startBroker();
  // The shared FerretDB may be one this checkout did not build: make sure the launcher exists.
  execFileSync('bash', [join(REPO_ROOT, 'deploy/scripts/ferretdb-build.sh')], { stdio: ['ignore', 'inherit', 'inherit'] });
  const startDatabase = async (): Promise<ChildProcess> => {
    const child = spawn(join(REPO_ROOT, 'deploy/ferretdb/bin/ferretdb-local'), ['--listen', `127.0.0.1:${mongoPort}`, '--data', join(dir, 'ferretdb')], {
      stdio: 'ignore',
    });
    await waitPort(mongoPort, 30_000, 'the chaos FerretDB');
    return child;
  };
  let ferret = await startDatabase();
  return {
    amqpUrl: `amqp://guest:guest@127.0.0.1:${amqpPort}`,
    mongoHost: `mongodb://127.0.0.1:${mongoPort}`,
    async restartBroker() {
      ctl('stop');
      await startBroker();
    },
    async killAndRestartDatabase() {
      const gone = new Promise<void>((resolve) => ferret.once('exit', () => resolve()));
      ferret.kill('SIGKILL');
      await gone;
      ferret = await startDatabase();
    },
    async stop() {
      try {
        ctl('stop');
      } catch {
        // already down
      }
      ferret.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
