import { connect } from 'node:net';
import type { StartupWait } from '@sx/testing';

/**
 * The infrastructure the services need, with where they look for it. Another piece (a tracing
 * backend, …) is one more entry here and one more script in infra-up.sh.
 */
export interface InfraDependency {
  readonly name: StartupWait | string;
  /** The variable holding its URL and the URL used when it is unset. */
  readonly urlVariable: string;
  readonly defaultUrl: string;
  readonly defaultPort: number;
}

export const INFRA_DEPENDENCIES: readonly InfraDependency[] = [
  { name: 'MongoDB', urlVariable: 'MONGO_URL_SENDING_BODY', defaultUrl: 'mongodb://127.0.0.1:27017', defaultPort: 27017 },
  { name: 'RabbitMQ', urlVariable: 'AMQP_URL', defaultUrl: 'amqp://127.0.0.1:5672', defaultPort: 5672 },
];

export interface Endpoint {
  readonly host: string;
  readonly port: number;
}

export function endpointOf(dependency: InfraDependency, env: NodeJS.ProcessEnv): Endpoint {
  const url = new URL(env[dependency.urlVariable] ?? dependency.defaultUrl);
  return { host: url.hostname, port: url.port === '' ? dependency.defaultPort : Number(url.port) };
}

/** True when something accepts TCP connections there within a second. */
export function reachable({ host, port }: Endpoint): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host, port, timeout: 1000 });
    const finish = (ok: boolean): void => {
      socket.destroy();
      done(ok);
    };
    socket.once('connect', () => finish(true));
    socket.once('timeout', () => finish(false));
    socket.once('error', () => finish(false));
  });
}

/** One line about the dependency a service waits for: where it is looked for and whether it answers. */
export async function describeWait(waitingFor: string, env: NodeJS.ProcessEnv): Promise<string> {
  const dependency = INFRA_DEPENDENCIES.find((d) => d.name === waitingFor);
  if (!dependency) return waitingFor;
  const endpoint = endpointOf(dependency, env);
  const state = (await reachable(endpoint)) ? 'accepts connections' : 'refuses connections (npm run infra:up starts it)';
  return `${waitingFor} at ${endpoint.host}:${endpoint.port}, which ${state}`;
}
