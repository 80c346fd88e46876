import { connect } from 'amqplib';
import { Webhook } from 'standardwebhooks';
import { SERVICE_NAMES, WebhookEventSchema } from '@sx/contracts';
import { legalDate, subtractWorkingDays } from '@sx/rules';
import { deleteWebhookQueues } from '@sx/case-exchange';
import { waitFor, type ApiClient } from '@sx/testing';
import { caseAt, expectOk, openWithPackage, step, type CaseBody, type ErrorBody } from './support/case-flows';
import { useExchange } from './support/exchange';
import { JANUARY_2026, walkToActive } from './support/walk-to-active';
import type { RunSettings } from './support/run-settings';
import { median, WebhookReceiver, type ReceivedWebhook } from './support/webhook-receiver';

// Webhooks end to end: a real local HTTP receiver, the services as real processes on the shared
// RabbitMQ and FerretDB. Retries are short here (SX_WEBHOOK_RETRY_DELAYS_MS); the receiver is on
// 127.0.0.1, which the SSRF guard refuses unless the operator allows it, as this run does.
const RETRY_DELAYS = [400, 800, 1600, 3200, 6400];
const ENV = {
  SX_FIXED_NOW: '2026-03-18T10:00:00+05:00',
  SX_WEBHOOK_ALLOWED_NETWORKS: '127.0.0.1',
  SX_WEBHOOK_RETRY_DELAYS_MS: RETRY_DELAYS.join(','),
  SX_REMINDER_INTERVAL_MS: '300',
  SX_WEBHOOK_REFRESH_MS: '500',
};

interface Subscription { id: string; secret?: string; url: string }
interface Delivery { id: string; webhookId: string; seq?: number; state: string; attempts: { statusCode?: number; error?: string }[]; nextAttemptAt: string | null }

const idOf = (r: ReceivedWebhook): string => String(r.headers['webhook-id']);
const deliveriesOf = async (client: ApiClient, sub: Subscription): Promise<Delivery[]> =>
  expectOk(await client.get<{ deliveries: Delivery[] }>(`/webhooks/subscriptions/${sub.id}/deliveries`)).deliveries;

describe('webhooks: signed, retried, in seq order, durable; reminders once; SSRF refused', () => {
  const exchange = useExchange({ env: ENV });
  const fin = () => exchange.api('sending-body', 'ministry-of-finance');
  const justice = () => exchange.api('receiving-body', 'ministry-of-justice');
  let receiver: WebhookReceiver;
  let run: RunSettings;
  /** A second subscription of the same agency whose receiver never accepts (until the last test). */
  let dead: Subscription;
  let deadUp = false;
  const subscribe = async (client: ApiClient, path: string, body: Record<string, unknown> = {}): Promise<Subscription> =>
    expectOk(await client.post<Subscription>('/webhooks/subscriptions', { url: `${receiver.url}${path}`, events: ['case.step'], ...body }), 201);
  const submitted = async (): Promise<string> => {
    const draft = await openWithPackage(fin(), { receiverId: 'ministry-of-justice' });
    expectOk(await fin().post<CaseBody>(`/cases/${draft.caseId}/proposal`, {}));
    return draft.caseId;
  };

  beforeAll(async () => {
    receiver = await WebhookReceiver.start();
    run = exchange.run;
    dead = await subscribe(fin(), '/dead');
  });
  afterAll(async () => {
    await receiver.close();
    const conn = await connect(run.amqpUrl);
    const ch = await conn.createChannel();
    for (const service of SERVICE_NAMES) await deleteWebhookQueues(ch, run.prefix, service, RETRY_DELAYS);
    await conn.close();
  });

  it('signs every event (verified with the standardwebhooks library), retries after 500s, and keeps seq order within a case', async () => {
    const sub = await subscribe(fin(), '/fin');
    expect(sub.secret).toMatch(/^whsec_/);
    const listed = expectOk(await fin().get<{ subscriptions: Subscription[] }>('/webhooks/subscriptions')).subscriptions;
    expect(listed.map((s) => s.id).sort()).toEqual([sub.id, dead.id].sort());
    expect(listed.filter((s) => 'secret' in s)).toEqual([]);

    let holdFirst = true;
    let caseId = '';
    // The receiver fails step 1 of the case until step 2 is recorded (and must wait behind it).
    receiver.answer = (path, headers) => (path === '/dead' ? (deadUp ? 200 : 500) : path === '/fin' && headers['webhook-id'] === `${caseId}:1` && holdFirst ? 500 : 200);
    const draft = await openWithPackage(fin(), { receiverId: 'ministry-of-justice' });
    caseId = draft.caseId;
    expectOk(await fin().post<CaseBody>(`/cases/${caseId}/proposal`, {}));
    await caseAt(justice(), caseId, 1);
    await step(justice(), caseId, { type: 'ProposalAgreed' });
    await caseAt(fin(), caseId, 2);
    await waitFor(async () => (await deliveriesOf(fin(), sub)).find((d) => d.webhookId === `${caseId}:2` && d.state === 'pending'), { timeoutMs: 10_000, description: 'step 2 recorded behind step 1' });
    await waitFor(() => receiver.on('/fin').filter((r) => idOf(r) === `${caseId}:1`).length >= 2, { timeoutMs: 10_000, description: 'two failed attempts of step 1' });
    expect(receiver.on('/fin').filter((r) => idOf(r) === `${caseId}:2`)).toEqual([]);
    holdFirst = false;
    const requested = await step(fin(), caseId, { type: 'ApprovalRequested' });
    expect(requested.steps).toBe(3);
    await waitFor(() => receiver.on('/fin').some((r) => idOf(r) === `${caseId}:3` && r.status === 200), { timeoutMs: 20_000, description: 'step 3 delivered' });

    const forCase = receiver.on('/fin').filter((r) => idOf(r).startsWith(`${caseId}:`));
    expect(forCase.filter((r) => r.status === 200).map(idOf)).toEqual([1, 2, 3].map((s) => `${caseId}:${s}`));
    // Nothing of step 2 went out before step 1 was accepted.
    const firstAccepted = forCase.findIndex((r) => idOf(r) === `${caseId}:1` && r.status === 200);
    expect(forCase.findIndex((r) => idOf(r) === `${caseId}:2`)).toBeGreaterThan(firstAccepted);
    for (const r of forCase) {
      const event = WebhookEventSchema.parse(new Webhook(sub.secret ?? '').verify(r.body, r.headers as Record<string, string>));
      expect(event).toMatchObject({ type: 'case.step', data: { caseId, seq: Number(idOf(r).split(':').at(-1)), by: { kind: 'system', subject: expect.stringMatching(/-dev-system$/) } } });
    }
    const log = await deliveriesOf(fin(), sub);
    const first = log.find((d) => d.webhookId === `${caseId}:1`);
    expect(first?.state).toBe('delivered');
    expect(first?.attempts.map((a) => a.statusCode).slice(-1)).toEqual([200]);
    expect(first?.attempts.filter((a) => a.statusCode === 500).length).toBeGreaterThanOrEqual(2);
    expect(log.filter((d) => d.webhookId.startsWith(`${caseId}:`)).map((d) => d.state)).toEqual(['delivered', 'delivered', 'delivered']);

    // Delivery latency (the step's 200 → the receiver has it) over a few fresh cases, for the log.
    const latencies: number[] = [];
    for (let i = 0; i < 6; i++) {
      const id = await submitted();
      const committed = Date.now();
      const got = await waitFor(() => receiver.on('/fin').find((r) => idOf(r) === `${id}:1`), { timeoutMs: 10_000 });
      latencies.push(got.receivedAt - committed);
    }
    const all = await deliveriesOf(fin(), sub);
    const retries = all.reduce((n, d) => n + Math.max(0, d.attempts.length - 1), 0);
    console.log(`webhook delivery latency (step answered → receiver got it): p50 ${median(latencies)} ms, max ${Math.max(...latencies)} ms over ${latencies.length}; retries ${retries} over ${all.length} deliveries`);
  });

  it('loses no delivery across a kill -9 of the service while the receiver is down, and resumes the retries', async () => {
    const sub = await subscribe(justice(), '/justice');
    let down = true;
    receiver.answer = (path) => (path === '/dead' ? (deadUp ? 200 : 500) : path === '/justice' && down ? 503 : 200);
    const caseId = await submitted();
    await waitFor(async () => (await deliveriesOf(justice(), sub)).find((d) => d.webhookId === `${caseId}:1` && d.attempts.length >= 1), { timeoutMs: 15_000, description: 'a failed first attempt' });
    await exchange.killAndRestart('receiving-body', 0);
    await caseAt(justice(), caseId, 1);
    await step(justice(), caseId, { type: 'ProposalAgreed' });
    down = false;
    await waitFor(() => [1, 2].every((s) => receiver.on('/justice').some((r) => idOf(r) === `${caseId}:${s}` && r.status === 200)), { timeoutMs: 30_000, description: 'both steps delivered after the restart' });
    // The receiver has its 200 a moment before the service records the delivery: read the log once both are recorded.
    const delivered = async () => (await deliveriesOf(justice(), sub)).filter((d) => d.webhookId.startsWith(`${caseId}:`));
    const log = await waitFor(async () => {
      const l = await delivered();
      return l.length === 2 && l.every((d) => d.state === 'delivered') ? l : undefined;
    }, { timeoutMs: 15_000, description: 'both deliveries recorded as delivered' }).catch(async () => delivered());
    expect(log.map((d) => d.state)).toEqual(['delivered', 'delivered']);
    const first = log.find((d) => d.seq === 1);
    expect(first?.attempts.some((a) => a.statusCode === 503)).toBe(true);
    console.log(`delivery log after a receiver outage and a kill -9 of receiving-body:\n${JSON.stringify(first, null, 2)}`);
  });

  it('sends a reminder N working days before a due date, and the due notice on the day, each once, computed with the working calendar', async () => {
    // R3 §13: the receiver answers within 10 working days: 18 March 2026 + 10 = 6 April (past Nauryz).
    const sub = await subscribe(justice(), '/reminders', { events: ['obligation.reminder', 'obligation.due'], reminderWorkingDays: [10, 1] });
    const caseId = await submitted();
    // R3 §9: an offence the receiver found 5 working days ago: its report is due today. (A backdated
    // proposal would not do: the receiver's own receipt starts its decision period.)
    const dueToday = { caseId: await walkToActive(exchange, 'R3', { dates: JANUARY_2026 }) };
    const foundOn = subtractWorkingDays(legalDate('2026-03-18'), 5);
    await step(justice(), dueToday.caseId, { type: 'DisciplinaryOffenceFound', on: foundOn });
    const reminderId = `${caseId}:R3.receiver-decision:2026-04-06:reminder:10`;
    const dueId = `${dueToday.caseId}:R3.discipline-report:${foundOn}:2026-03-18:due`;
    const verified = async (webhookId: string) => {
      const got = await waitFor(() => receiver.on('/reminders').find((r) => idOf(r) === webhookId), { timeoutMs: 15_000, description: webhookId });
      return WebhookEventSchema.parse(new Webhook(sub.secret ?? '').verify(got.body, got.headers as Record<string, string>));
    };
    expect(await verified(reminderId)).toMatchObject({ type: 'obligation.reminder', data: { caseId, obligationId: 'R3.receiver-decision', owedBy: 'ministry-of-justice', due: '2026-04-06', workingDaysLeft: 10, cite: 'R3 §13' } });
    expect(await verified(dueId)).toMatchObject({ type: 'obligation.due', data: { caseId: dueToday.caseId, obligationId: `R3.discipline-report:${foundOn}`, owedBy: 'ministry-of-justice', due: '2026-03-18', workingDaysLeft: 0, cite: 'R3 §9' } });
    // Several more reminder passes (every 300 ms) send neither again, nor any other event twice. (The
    // walk to active may earn its own reminder on the way: a period the receiver counts from its own
    // receipt, today, can fall within 10 working days while the walk waits between two steps.)
    await new Promise((r) => setTimeout(r, 2000));
    const ids = receiver.on('/reminders').map(idOf);
    for (const id of [reminderId, dueId]) expect(ids.filter((x) => x === id)).toHaveLength(1);
    expect(ids.filter((x) => x.startsWith(`${caseId}:`))).toEqual([reminderId]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  // Issue #20: every class of address that is not the public internet, IPv4 embedded in IPv6 judged by what it embeds.
  it('refuses every non-public address class the operator did not allow, at registration, with the standard error body', async () => {
    for (const [url, reason] of [
      ['http://169.254.169.254/latest/meta-data/', 'METADATA'], ['http://[::1]:8080/', 'LOOPBACK'], ['http://169.254.1.1/', 'LINK_LOCAL'],
      ['http://10.1.2.3/', 'PRIVATE'], ['http://100.64.0.9/', 'SHARED'], ['http://[fd12::1]/', 'UNIQUE_LOCAL'], ['http://192.0.2.10/', 'RESERVED'], ['http://198.18.0.1/', 'RESERVED'],
      ['http://[64:ff9b::a00:1]/', 'PRIVATE'], ['http://[2002:a00:1::1]/', 'PRIVATE'], ['http://[::a00:1]/', 'PRIVATE'], ['http://[::ffff:0:a00:1]/', 'PRIVATE'], ['http://[2001:0:4136:e378:8000:63bf:f5ff:fffe]/', 'PRIVATE'],
    ] as const) {
      const res = await fin().post<ErrorBody & { error: { details: { reason: string } } }>('/webhooks/subscriptions', { url, events: ['case.step'] });
      expect(res.status).toBe(422);
      expect(res.body.error).toMatchObject({ code: 'WEBHOOK.URL_REFUSED', details: { reason }, text: { kk: expect.any(String), ru: expect.any(String), en: expect.stringMatching(/only public internet addresses/) } });
    }
    expect((await fin().post<ErrorBody>('/webhooks/subscriptions', { url: 'ftp://hooks.agency.kz/', events: ['case.step'] })).status).toBe(400);
  });

  it('marks a delivery failed once the retries ran out; a manual redelivery sends it again with the same webhook-id', async () => {
    const failed = await waitFor(async () => (await deliveriesOf(fin(), dead)).find((d) => d.state === 'failed'), { timeoutMs: 40_000, description: 'a delivery whose retries ran out' });
    expect(failed.attempts.map((a) => a.statusCode)).toEqual(Array(1 + RETRY_DELAYS.length).fill(500));
    expect(failed.nextAttemptAt).toBeNull();
    deadUp = true;
    const queued = expectOk(await fin().post<Delivery & { redeliveries: number }>(`/webhooks/deliveries/${failed.id}/redeliver`, {}), 202);
    expect(queued).toMatchObject({ webhookId: failed.webhookId, state: 'pending', redeliveries: 1 });
    await waitFor(() => receiver.on('/dead').find((r) => idOf(r) === failed.webhookId && r.status === 200), { timeoutMs: 10_000, description: 'the redelivery' });
    const after = (await deliveriesOf(fin(), dead)).find((d) => d.id === failed.id);
    expect(after).toMatchObject({ state: 'delivered', redeliveries: 1 });
    expect(after?.attempts).toHaveLength(RETRY_DELAYS.length + 2);
    expect((await fin().post<ErrorBody>('/webhooks/deliveries/ws_0000000000000000.eA/redeliver', {})).status).toBe(404);
  });
});
