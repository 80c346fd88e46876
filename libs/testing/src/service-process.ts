import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { OTEL_BOOTSTRAP_PATH } from '@sx/observability';
import { getFreePort } from './free-port';
import { ProcessOutput } from './process-output';
import { waitFor } from './wait-for';

export const REPO_ROOT: string = resolve(__dirname, '../../..');
/** The bundled OTel bootstrap that built services preload (`nx run observability:build`). */
export const BUILT_OTEL_BOOTSTRAP: string = join(REPO_ROOT, 'dist/libs/observability/otel.js');

export interface ServiceProcessOptions {
  readonly name: string;
  /**
   * Relative to the repository root: `apps/sending-body/src/main.ts` runs the source through tsx,
   * `dist/apps/sending-body/main.js` the built bundle with plain node, as the Docker image does.
   */
  readonly entry: string;
  readonly env?: Readonly<Record<string, string>>;
  /** Given to the service as PORT; a free one by default. */
  readonly port?: number;
  /** Preload the OTel bootstrap (default true), as in production. */
  readonly telemetry?: boolean;
  readonly readyPath?: string;
  readonly readyTimeoutMs?: number;
  /** Also append the output to this file (kept after the test for debugging). */
  readonly logFile?: string;
  readonly cwd?: string;
  /**
   * Default true: the service gets the test runner's environment under `env`. False gives it only
   * `env` (plus PATH), as a container gets only what its compose file says.
   */
  readonly inheritEnv?: boolean;
  /** Aborting it while the service is still starting stops the process and rejects. */
  readonly signal?: AbortSignal;
}

export interface ExitStatus {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export interface ServiceProcess {
  readonly name: string;
  readonly port: number;
  readonly baseUrl: string;
  readonly pid: number | undefined;
  readonly output: ProcessOutput;
  /** Settles when the process ends, for whatever reason (a supervisor restarts on it). */
  readonly exited: Promise<ExitStatus>;
  /** SIGTERM, then SIGKILL if still alive after `graceMs` (default 10 s). */
  stop(graceMs?: number): Promise<ExitStatus>;
}

/**
 * Node flags of a built service, as in deploy/docker/Dockerfile's ENTRYPOINT: a young generation of 4 MiB semi-spaces (default 16), which keeps an idle
 * service near 100 MiB RSS instead of 115–130 for no measurable start-up cost.
 */
export const BUILT_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=4'];

/** `SX_CPU_PROFILE_DIR=/tmp/prof npm run bench:exchange`: every service writes a V8 CPU profile there on exit (open in Chrome DevTools). */
const profiling = (): string[] => {
  const dir = process.env['SX_CPU_PROFILE_DIR'];
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
};

export function nodeArgs(entry: string, telemetry: boolean): string[] {
  if (entry.endsWith('.js')) return [...BUILT_NODE_FLAGS, ...profiling(), ...(telemetry ? ['--require', BUILT_OTEL_BOOTSTRAP] : []), entry];
  // tsx/cjs must precede the bootstrap (a .ts file); `--import tsx` then loads the app itself.
  const preload = telemetry ? ['--require', 'tsx/cjs', '--require', OTEL_BOOTSTRAP_PATH] : [];
  return [...preload, '--import', 'tsx', entry];
}

function exited(child: ChildProcess): Promise<ExitStatus> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((done) => child.once('close', (code, signal) => done({ code, signal })));
}

async function stopChild(child: ChildProcess, output: ProcessOutput, graceMs: number): Promise<ExitStatus> {
  const exit = exited(child);
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  const status = await exit;
  clearTimeout(timer);
  await output.close();
  return status;
}

async function isReady(url: string): Promise<boolean> {
  const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
  return res.status === 200;
}

/** Starts a service as production does (a real `node` process) and resolves once /ready is 200. */
export async function startServiceProcess(options: ServiceProcessOptions): Promise<ServiceProcess> {
  const port = options.port ?? (await getFreePort());
  const output = new ProcessOutput(options.logFile);
  const child = spawn(process.execPath, nodeArgs(options.entry, options.telemetry ?? true), {
    cwd: options.cwd ?? REPO_ROOT,
    env: {
      ...(options.inheritEnv === false ? { PATH: process.env['PATH'] ?? '' } : process.env),
      OTEL_SERVICE_NAME: options.name,
      PORT: String(port),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  output.capture(child.stdout);
  output.capture(child.stderr);
  const baseUrl = `http://127.0.0.1:${port}`;
  const readyUrl = baseUrl + (options.readyPath ?? '/ready');
  const timeoutMs = options.readyTimeoutMs ?? 30_000;
  const stopPolling = new AbortController();
  const cancel = (): void => stopPolling.abort(new Error(`${options.name}: start cancelled`));
  if (options.signal?.aborted) cancel();
  options.signal?.addEventListener('abort', cancel, { once: true });
  const earlyExit = new Promise<never>((_, reject) =>
    child.once('close', (code, signal) => {
      const error = new Error(`${options.name} exited before it was ready (code ${code}, signal ${signal})`);
      stopPolling.abort(error);
      reject(error);
    }),
  );
  earlyExit.catch(() => undefined); // only the race below cares; later exits are expected
  try {
    await Promise.race([
      waitFor(() => isReady(readyUrl), { timeoutMs, intervalMs: 100, description: `${options.name} ready at ${readyUrl}`, signal: stopPolling.signal }),
      earlyExit,
    ]);
  } catch (error) {
    stopPolling.abort();
    await stopChild(child, output, 2000);
    throw new Error(`${(error as Error).message}\n--- ${options.name} output ---\n${output.tail()}`);
  } finally {
    options.signal?.removeEventListener('abort', cancel);
  }
  return {
    name: options.name, port, baseUrl, pid: child.pid, output, exited: exited(child), stop: (graceMs = 10_000) => stopChild(child, output, graceMs),
  };
}
