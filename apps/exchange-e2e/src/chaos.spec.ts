import { runChaos, summary, type ChaosReport } from './chaos/chaos-run';

// Issue #7's chaos suite, short form (about two minutes; the long form is `npm run test:chaos`).
// Two replicas of every service on a RabbitMQ node and a FerretDB of its own; a stream of R1, R2 and
// R3 cases through random replicas; kill -9 of a random replica every 10 s, one broker restart and one
// kill -9 of the database (restarted on the same data);
// conflicting decisions raced at two receiver replicas. Every party's copy of every case is then
// compared: nothing may be lost, duplicated, diverged, stuck in an outbox or dead-lettered.
//
// The detector check: with the log's unique key switched off (SX_TEST_MUTANT=no-unique-append, read
// only outside production) the same races must show up as lost or diverged steps. If the audit stopped
// looking, that second test would fail.
describe('Issue #7 chaos suite (short form)', () => {
  jest.setTimeout(600_000);
  const log = (line: string) => process.stdout.write(`${line}\n`);

  it('under kill -9 every 10 s, a broker restart and a kill -9 of the database: lost, duplicated, diverged, stuck in outbox and dead-lettered are all 0', async () => {
    const report: ChaosReport = await runChaos({ durationMs: 60_000, killEveryMs: 10_000, brokerRestartAtMs: 30_000, databaseKillAtMs: 45_000, inFlight: 3, amqpPort: 5682, mongoPort: 27028, log });
    log(`chaos (short form): ${summary(report)}`);
    expect(report.details.filter((d) => !d.startsWith('driver:'))).toEqual([]);
    expect({ lost: report.lost, duplicated: report.duplicated, diverged: report.diverged, stuckInOutbox: report.stuckInOutbox, deadLettered: report.deadLettered }).toEqual({
      lost: 0, duplicated: 0, diverged: 0, stuckInOutbox: 0, deadLettered: 0,
    });
    expect(report.cases).toBeGreaterThan(3);
    expect(report.races).toBeGreaterThan(0);
    expect(report.racesWithTwoWinners).toBe(0);
    expect(report.kills).toBeGreaterThanOrEqual(4);
    expect(report.brokerRestarts).toBe(1);
    expect(report.databaseKills).toBe(1);
  });

  it('detector check: with the unique key switched off, racing decisions are counted as lost or diverged', async () => {
    const report = await runChaos({
      durationMs: 25_000, killEveryMs: 3_600_000, inFlight: 3, ruleSets: ['R3'], services: ['sending-body', 'receiving-body', 'prime-minister'],
      mutant: true, amqpPort: 5683, mongoPort: 27029, log,
    });
    log(`chaos (mutant): ${summary(report)}`);
    expect(report.races).toBeGreaterThan(0);
    expect(report.lost + report.diverged).toBeGreaterThan(0);
  });
});
