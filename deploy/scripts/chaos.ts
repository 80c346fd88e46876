/**
 * `npm run test:chaos`: the chaos suite's long form (issue #7). Defaults: 10 minutes of cases, kill -9
 * of a random replica every 10 s, one broker restart at half time, one kill -9 of the database at three quarters. Prints the counts and exits 1 when
 * any of lost, duplicated, diverged, stuck in outbox or dead-lettered is above 0.
 *   CHAOS_MINUTES=10  CHAOS_KILL_EVERY_S=10  CHAOS_IN_FLIGHT=4  CHAOS_MUTANT=1 (detector check)
 */
import { runChaos, summary } from '../../apps/exchange-e2e/src/chaos/chaos-run';

const num = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);
const minutes = num('CHAOS_MINUTES', 10);

runChaos({
  durationMs: minutes * 60_000,
  killEveryMs: num('CHAOS_KILL_EVERY_S', 10) * 1000,
  brokerRestartAtMs: (minutes * 60_000) / 2,
  databaseKillAtMs: (minutes * 60_000) * 0.75,
  inFlight: num('CHAOS_IN_FLIGHT', 4),
  mutant: process.env['CHAOS_MUTANT'] === '1',
  amqpPort: 5692,
  mongoPort: 27038,
  log: (l) => console.log(l),
}).then(
  (r) => {
    console.log(summary(r));
    for (const d of r.details.slice(0, 50)) console.log(`  ${d}`);
    const bad = r.lost + r.duplicated + r.diverged + r.stuckInOutbox + r.deadLettered;
    process.exit(bad > 0 ? 1 : 0);
  },
  (err: unknown) => {
    console.error(`chaos run failed: ${(err as Error).message}`);
    process.exit(2);
  },
);
