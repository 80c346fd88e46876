// The chaos run: two replicas of every service on a broker and a store of its own, a stream of R1, R2
// and R3 cases driven through random replicas, kill -9 of a random replica every few seconds, one
// broker restart, and races of conflicting decisions at the receiver. Every loop is bounded in time.
import { SERVICE_NAMES, type ServiceName, type SignedRecord } from '@sx/contracts';
import { devApiKey } from '@sx/http-kit';
import { api, type ApiResponse } from '@sx/testing';
import type { PartyApi } from '../support/party-api';
import { openWithPackage, type CaseBody } from '../support/case-flows';
import { startExchange, type Exchange } from '../support/exchange';
import { ROUTES } from '../support/walk-to-active';
import { auditCopies, deadLettered, stuckInOutbox, type Ack, type ChaosCounts } from './copy-audit';
import { startPrivateInfra, type PrivateInfra } from './private-infra';
import { resilientClient } from './resilient-client';

export interface ChaosOptions {
  readonly durationMs: number;
  readonly killEveryMs: number;
  /** When the one broker restart happens (ms into the stream); none when undefined. */
  readonly brokerRestartAtMs?: number;
  /** When the one kill -9 of the database (and its restart on the same data) happens; none when undefined. */
  readonly databaseKillAtMs?: number;
  readonly inFlight: number;
  readonly services?: readonly ServiceName[];
  readonly ruleSets?: readonly ('R1' | 'R2' | 'R3')[];
  /** Turns the log's unique key off (the detector check): lost or diverged must then be counted. */
  readonly mutant?: boolean;
  readonly amqpPort: number;
  readonly mongoPort: number;
  readonly log?: (line: string) => void;
}

export interface ChaosReport extends ChaosCounts {
  cases: number;
  acknowledged: number;
  races: number;
  racesWithTwoWinners: number;
  kills: number;
  brokerRestarts: number;
  databaseKills: number;
  details: string[];
}

type Role = 'sender' | 'receiver' | 'mfa' | 'approver';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const FIXED_NOW = '2026-03-18T10:00:00+05:00';

export async function runChaos(o: ChaosOptions): Promise<ChaosReport> {
  const log = o.log ?? (() => undefined);
  const infra = await startPrivateInfra(o.amqpPort, o.mongoPort);
  let x: Exchange | undefined;
  try {
    const services = o.services ?? SERVICE_NAMES;
    x = await startExchange({
      infra,
      replicas: Object.fromEntries(services.map((s) => [s, 2])),
      env: {
        SX_FIXED_NOW: FIXED_NOW,
        SX_RELAY_INTERVAL_MS: '500',
        SX_RETRY_DELAYS_MS: '200,500,1000,2000,4000,8000',
        ...(o.mutant ? { SX_TEST_MUTANT: 'no-unique-append' } : {}),
      },
    });
    log(`chaos: ${services.length * 2} processes up`);
    return await drive(x, o, infra, log);
  } finally {
    await x?.stop().catch(() => undefined);
    await infra.stop();
  }
}

async function drive(x: Exchange, o: ChaosOptions, infra: Pick<PrivateInfra, 'restartBroker' | 'killAndRestartDatabase'>, log: (l: string) => void): Promise<ChaosReport> {
  const report: ChaosReport = { cases: 0, acknowledged: 0, races: 0, racesWithTwoWinners: 0, kills: 0, brokerRestarts: 0, databaseKills: 0, lost: 0, duplicated: 0, diverged: 0, stuckInOutbox: 0, deadLettered: 0, details: [] };
  const acks: Ack[] = [];
  const cases = new Map<string, Array<{ service: ServiceName; client: PartyApi }>>();
  const started = Date.now();
  const deadline = started + o.durationMs;
  const ruleSets = o.ruleSets ?? ['R3', 'R1', 'R2'];
  let next = 0;

  const acknowledge = (caseId: string, service: ServiceName, res: ApiResponse<CaseBody>): void => {
    const last = (res.body.events as unknown as SignedRecord[]).at(-1);
    if (last) acks.push({ caseId, service, seq: last.seq, hash: last.hash });
  };

  /** Takes a step until the party's copy holds it (a retried POST may find it already taken). */
  async function takeStep(client: PartyApi, service: ServiceName, caseId: string, seq: number, body: Record<string, unknown>, path = 'steps'): Promise<boolean> {
    for (let attempt = 0; attempt < 60 && Date.now() < deadline + 60_000; attempt++) {
      const copy = await client.get<CaseBody>(`/cases/${caseId}`);
      if (copy.status === 200 && copy.body.steps >= seq) return copy.body.events[seq - 1]?.event.type === (body['type'] ?? 'ProposalSubmitted');
      if (copy.status === 200 && copy.body.steps === seq - 1) {
        const res = await client.post<CaseBody>(`/cases/${caseId}/${path}`, path === 'steps' ? body : {});
        if (res.status === 200) {
          acknowledge(caseId, service, res);
          return true;
        }
      }
      await sleep(150);
    }
    throw new Error(`case ${caseId}: step ${seq} (${String(body['type'] ?? 'ProposalSubmitted')}) at ${service} did not happen in time`);
  }

  async function oneCase(i: number): Promise<void> {
    const ruleSet = ruleSets[i % ruleSets.length] ?? 'R3';
    const route = ROUTES[ruleSet];
    const party = (role: Role) => {
      const p = (route.parties as Partial<Record<Role, readonly [ServiceName, string]>>)[role];
      if (!p) throw new Error(`no ${role} in ${ruleSet}`);
      return { service: p[0], client: resilientClient(x, p[0], p[1]) };
    };
    const sender = party('sender');
    const draft = await openWithPackage(sender.client, { receiverId: route.receiverId, ...('eligibility' in route ? { eligibility: route.eligibility } : {}) });
    cases.set(draft.caseId, (['sender', 'receiver', 'mfa', 'approver'] as const).flatMap((r) => ((route.parties as Partial<Record<Role, unknown>>)[r] ? [party(r)] : [])));
    report.cases++;
    let seq = 0;
    for (const s of route.steps) {
      if (Date.now() > deadline) return;
      seq++;
      const actor = party(s.by);
      const body = s.body('2026-04-01', '2026-03-18') as Record<string, unknown>;
      if (s.name === 'agree' && ruleSet === 'R3' && i % 2 === 0) {
        if (!(await race(draft.caseId, actor.service, seq))) return;
        continue;
      }
      const ok = await takeStep(actor.client, actor.service, draft.caseId, seq, body, s.name === 'submit' ? 'proposal' : 'steps');
      if (!ok) return;
    }
  }

  /** Agreement and refusal at two replicas at once: exactly one may be acknowledged. */
  async function race(caseId: string, service: ServiceName, seq: number): Promise<boolean> {
    report.races++;
    const replicas = x.replicas(service);
    const send = async (replica: number, body: Record<string, unknown>) => {
      const p = replicas[replica];
      if (!p) return undefined;
      // Wait until this replica's store has the proposal (both share it; a restart may be under way).
      for (let k = 0; k < 100; k++) {
        const r = await api(p.baseUrl, devApiKey('ministry-of-justice')).get<CaseBody>(`/cases/${caseId}`).catch(() => undefined);
        if (r?.status === 200 && r.body.steps >= seq - 1) break;
        await sleep(100);
      }
      return api(p.baseUrl, devApiKey('ministry-of-justice')).post<CaseBody>(`/cases/${caseId}/steps`, body).catch(() => undefined);
    };
    const [a, b] = await Promise.all([send(0, { type: 'ProposalAgreed' }), send(1, { type: 'ProposalRefused', reason: 'chaos race' })]);
    const wins = [a, b].filter((r) => r?.status === 200) as ApiResponse<CaseBody>[];
    for (const w of wins) acknowledge(caseId, service, w);
    if (wins.length > 1) report.racesWithTwoWinners++;
    return wins[0]?.body.events.at(-1)?.event.type === 'ProposalAgreed' && wins.length === 1;
  }

  const workers = Array.from({ length: o.inFlight }, async () => {
    while (Date.now() < deadline) {
      const i = next++;
      await oneCase(i).catch((err: unknown) => report.details.push(`driver: ${(err as Error).message}`));
    }
  });

  const chaos = (async () => {
    const services = o.services ?? SERVICE_NAMES;
    let restarted = o.brokerRestartAtMs === undefined;
    let databaseKilled = o.databaseKillAtMs === undefined;
    while (Date.now() < deadline - 2000) {
      await sleep(Math.min(o.killEveryMs, 1000));
      const at = Date.now() - started;
      if (!restarted && o.brokerRestartAtMs !== undefined && at >= o.brokerRestartAtMs) {
        restarted = true;
        log(`chaos: broker restart at ${Math.round(at / 1000)} s`);
        await infra.restartBroker();
        report.brokerRestarts++;
        continue;
      }
      if (!databaseKilled && o.databaseKillAtMs !== undefined && at >= o.databaseKillAtMs) {
        databaseKilled = true;
        log(`chaos: kill -9 of the database at ${Math.round(at / 1000)} s`);
        await infra.killAndRestartDatabase();
        report.databaseKills++;
        continue;
      }
      if (at >= (report.kills + 1) * o.killEveryMs) {
        const service = services[Math.floor(Math.random() * services.length)] as ServiceName;
        const replica = Math.floor(Math.random() * 2);
        log(`chaos: kill -9 ${service}#${replica} at ${Math.round(at / 1000)} s`);
        await x.killAndRestart(service, replica);
        report.kills++;
      }
    }
  })();

  await Promise.all([...workers, chaos]);
  log(`chaos: stream over (${report.cases} cases, ${acks.length} acknowledged steps); waiting for the outboxes to drain`);
  for (let i = 0; i < 120 && (await stuckInOutbox(x)) > 0; i++) await sleep(500);
  await sleep(3000); // the last deliveries in flight
  const audited = await auditCopies(cases, acks);
  report.acknowledged = acks.length;
  report.lost = audited.lost;
  report.duplicated = audited.duplicated;
  report.diverged = audited.diverged;
  report.details.push(...audited.details);
  report.stuckInOutbox = await stuckInOutbox(x);
  report.deadLettered = await deadLettered(x);
  return report;
}

export const summary = (r: ChaosReport): string =>
  `cases ${r.cases}, acknowledged steps ${r.acknowledged}, races ${r.races} (two winners: ${r.racesWithTwoWinners}), kills ${r.kills}, broker restarts ${r.brokerRestarts}, database kills ${r.databaseKills}\n` +
  `lost ${r.lost}, duplicated ${r.duplicated}, diverged ${r.diverged}, stuck in outbox ${r.stuckInOutbox}, dead-lettered ${r.deadLettered}`;
