/**
 * E2E harness: the five services as real processes (`node --require otel.js dist/apps/<service>/main.js`, built by the globalSetup),
 * on free ports, with a private RabbitMQ topology (SX_AMQP_PREFIX) and private databases
 * (`sx-e2e-<runId>-<service>`) per test file, all dropped again afterwards.
 *
 *   const exchange = useExchange();                 // beforeAll: start all five; afterAll: stop + clean
 *   it('R3 §12: …', async () => {
 *     const res = await exchange.api('sending-body', 'ministry-of-finance').post('/v1/…', body);
 *     await waitFor(() => exchange.spans().find((s) => s.name === 'proposal.submitted process'));
 *   });
 *
 * useExchange(options?)      registers the hooks; the returned handle works inside tests and hooks.
 *   options.env              extra variables for every service, e.g. { SX_FIXED_NOW: '2025-03-18T09:00:00+05:00' },
 *                            or a function of no arguments called when the exchange starts
 * startExchange(options?)    the same without hooks: `const x = await startExchange(); …; await x.stop()`.
 * Handle:
 *   api(service, agencyId?)  a PartyApi with the agency's dev key (none when omitted): `.typed` is the
 *                            @sx/client typed client, the rest @sx/testing's raw ApiClient;
 *                            throws if the agency does not act through that service (agencies.json)
 *   apiWithKey(service, key) a client with any key (wrong keys, 401 tests)
 *   url(service)             base URL, e.g. http://127.0.0.1:41234
 *   process(service)         the ServiceProcess: `output.jsonLines()` for log assertions
 *   spans()                  every span all five exported so far (file exporter; poll with waitFor)
 *   run                      runId, prefix, amqpUrl, mongoUrls per service, dir (logs + spans kept there)
 *   env                      the variables every service got on top of the run's (a mutant process gets them too)
 *   agencies                 the AgencyRegistry of deploy/agencies/agencies.json
 *   officialApi(service, login)  with `options.officials`: a PartyApi carrying the access token of a dev
 *                            official (`signatory@ministry-of-justice`, `preparer@mfa`), signed in through the
 *                            local identity provider's login form; `identityProvider` is that provider
 *   stop()                   SIGTERM all five, then drop the databases and delete the topology
 */
import { SERVICE_NAMES, type ServiceName } from '@sx/contracts';
import { AgencyRegistry } from '@sx/case-exchange';
import { devApiKey } from '@sx/http-kit';
import { readSpans, type ServiceProcess, type SpanRecord } from '@sx/testing';
import { deleteRunTopology, dropDatabases } from './cleanup';
import { partyApi, type PartyApi } from './party-api';
import { loadAgencies, startAll, startReplica } from './processes';
import { newRunSettings, type RunInfra, type RunSettings } from './run-settings';
import { startIdentityProvider, type IdentityProvider } from './identity-provider';

export interface ExchangeOptions {
  /** A function is called when the exchange starts: for values a test's own `beforeAll` (registered first) makes, e.g. a test issuer's URL. */
  readonly env?: Readonly<Record<string, string>> | (() => Readonly<Record<string, string>>);
  /** Processes per service (default 1): replicas share the service's database and inbox. */
  readonly replicas?: Partial<Record<ServiceName, number>>;
  /** Another broker and store than the shared local ones. */
  readonly infra?: RunInfra;
  /** Run the local identity provider too; the services trust it for every agency (SX_DEV_OIDC_ISSUER). */
  readonly officials?: boolean;
}

export interface Exchange {
  readonly run: RunSettings;
  /** The variables every service got on top of serviceEnv's (the identity providers among them). */
  readonly env: Readonly<Record<string, string>>;
  readonly agencies: AgencyRegistry;
  api(service: ServiceName, agencyId?: string): PartyApi;
  /** A client of one replica of a service (0 is the first), with the agency's dev key. */
  replicaApi(service: ServiceName, replica: number, agencyId: string): PartyApi;
  replicas(service: ServiceName): readonly ServiceProcess[];
  /** kill -9 of one replica, then a new process in its place (same database, same inbox); `env` adds to the run's. */
  killAndRestart(service: ServiceName, replica: number, env?: Readonly<Record<string, string>>): Promise<void>;
  apiWithKey(service: ServiceName, key: string): PartyApi;
  /** A client acting as a dev official (needs `options.officials`). */
  officialApi(service: ServiceName, login: string): Promise<PartyApi>;
  readonly identityProvider: IdentityProvider;
  url(service: ServiceName): string;
  process(service: ServiceName): ServiceProcess;
  spans(): SpanRecord[];
  stop(): Promise<void>;
}

export async function startExchange(options: ExchangeOptions = {}): Promise<Exchange> {
  const run = newRunSettings(options.infra);
  const agencies = loadAgencies();
  const idp = options.officials ? await startIdentityProvider(run.dir) : undefined;
  const env = { ...(idp ? { SX_DEV_OIDC_ISSUER: idp.issuer } : {}), ...(typeof options.env === 'function' ? options.env() : options.env) };
  const all = await startAll(run, env, options.replicas).catch(async (error: unknown) => {
    await idp?.process.stop();
    throw error;
  });
  // The first replica answers `api(service)`; read anew each time, since a chaos run replaces processes.
  const first = (service: ServiceName): ServiceProcess => {
    const p = all[service][0];
    if (!p) throw new Error(`${service} has no process`);
    return p;
  };
  const url = (service: ServiceName): string => first(service).baseUrl;
  return {
    run,
    env,
    agencies,
    url,
    process: first,
    apiWithKey: (service, key) => partyApi(url(service), key),
    async officialApi(service, login) {
      if (!idp) throw new Error('officialApi needs useExchange({ officials: true })');
      return partyApi(url(service), await idp.tokenFor(login, service));
    },
    get identityProvider() {
      if (!idp) throw new Error('identityProvider needs useExchange({ officials: true })');
      return idp;
    },
    api(service, agencyId) {
      if (agencyId === undefined) return partyApi(url(service));
      if (!agencies.servedBy(service).some((a) => a.id === agencyId)) {
        throw new Error(`agency ${agencyId} does not act through ${service} (deploy/agencies/agencies.json); use apiWithKey for a refused key`);
      }
      return partyApi(url(service), devApiKey(agencyId));
    },
    replicaApi(service, replica, agencyId) {
      const p = all[service][replica];
      if (!p) throw new Error(`${service} has no replica ${replica}`);
      return partyApi(p.baseUrl, devApiKey(agencyId));
    },
    replicas: (service) => all[service],
    async killAndRestart(service, replica, extraEnv = {}) {
      const victim = all[service][replica];
      if (!victim?.pid) throw new Error(`${service} has no replica ${replica}`);
      process.kill(victim.pid, 'SIGKILL');
      await victim.stop(1000);
      all[service][replica] = await startReplica(run, service, replica, { ...env, ...extraEnv });
    },
    spans: () => readSpans(run.spansFile),
    async stop() {
      await Promise.all([...SERVICE_NAMES.flatMap((s) => all[s].map((p) => p.stop())), idp?.process.stop()]);
      await Promise.all([dropDatabases(Object.values(run.mongoUrls)), deleteRunTopology(run.amqpUrl, run.prefix)]);
    },
  };
}

/** Starts the exchange once for the test file; each property forwards to the started one. */
export function useExchange(options: ExchangeOptions = {}): Exchange {
  let started: Exchange | undefined;
  const get = (): Exchange => {
    if (!started) throw new Error('the exchange is not running: use it inside a test or hook, after beforeAll');
    return started;
  };
  beforeAll(async () => {
    started = await startExchange(options);
  }, 300_000);
  afterAll(async () => {
    await started?.stop();
    started = undefined;
  });
  return {
    get run() { return get().run; },
    get env() { return get().env; },
    get agencies() { return get().agencies; },
    api: (service, agencyId) => get().api(service, agencyId),
    replicaApi: (service, replica, agencyId) => get().replicaApi(service, replica, agencyId),
    replicas: (service) => get().replicas(service),
    killAndRestart: (service, replica, env) => get().killAndRestart(service, replica, env),
    apiWithKey: (service, key) => get().apiWithKey(service, key),
    officialApi: (service, login) => get().officialApi(service, login),
    get identityProvider() { return get().identityProvider; },
    url: (service) => get().url(service),
    process: (service) => get().process(service),
    spans: () => get().spans(),
    stop: () => get().stop(),
  };
}
