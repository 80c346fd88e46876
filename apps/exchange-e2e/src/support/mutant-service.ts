import { join } from 'node:path';
import type { ServiceName } from '@sx/contracts';
import { startServiceProcess, type ServiceProcess } from '@sx/testing';
import { deleteRunTopology } from './cleanup';
import type { Exchange } from './exchange';
import { serviceEnv } from './run-settings';

export type Mutant = 'no-auth' | 'no-party-check' | 'no-binding-check' | 'no-signatory-check';

/**
 * One more process of `service` on the exchange's database, with a security check switched off by
 * SX_TEST_MUTANT. It gets its own broker topology, so it takes no message meant for the real one,
 * and the variables the exchange's services got (the identity providers they trust among them).
 * A detector run against it must report failures: that is how a detector proves it can fire.
 */
export async function withMutant<T>(exchange: Exchange, service: ServiceName, mutant: Mutant, use: (url: string) => Promise<T>): Promise<T> {
  const prefix = `${exchange.run.prefix}-${mutant}`;
  const mutantProcess: ServiceProcess = await startServiceProcess({
    name: `${service}-${mutant}`,
    entry: `apps/${service}/src/main.ts`,
    env: serviceEnv(exchange.run, service, { ...exchange.env, SX_AMQP_PREFIX: prefix, SX_TEST_MUTANT: mutant }),
    logFile: join(exchange.run.dir, `${service}-${mutant}.log`),
    readyTimeoutMs: 120_000,
  });
  try {
    return await use(mutantProcess.baseUrl);
  } finally {
    await mutantProcess.stop();
    await deleteRunTopology(exchange.run.amqpUrl, prefix);
  }
}
