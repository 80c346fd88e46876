/**
 * The operators' metrics, scraped from real services: the sender and the receiver run with their
 * Prometheus listener on (OTEL_METRICS_EXPORTER=prometheus, a port of their own); after a proposal
 * and an agreement the scrape answers the operators' questions (steps by type, hand-off latency,
 * requests by route and status, outbox, queues, dead letters, overdue obligations). The API's JSON
 * `/metrics` answers only the operator token (issue #20, item 5).
 */
import { createServer } from 'node:net';
import { waitFor } from '@sx/testing';
import { caseAt, openWithPackage, step, submit } from './support/case-flows';
import { useExchange } from './support/exchange';

const OPERATOR_TOKEN = 'operator-token-of-this-test-0123456789';
const exchange = useExchange({ env: { SX_FIXED_NOW: '2026-03-18T10:00:00+05:00', SX_OPERATOR_TOKEN: OPERATOR_TOKEN } });

function freePort(): Promise<number> {
  return new Promise((ok) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => ok(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const scrape = async (port: number): Promise<string> => (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
const series = (text: string, name: string): string[] => text.split('\n').filter((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `));

it('a scrape of the sender and the receiver answers the operators’ questions; the JSON counters need the operator token', async () => {
  const ports = { sender: await freePort(), receiver: await freePort() };
  const metricsEnv = (port: number) => ({ OTEL_METRICS_EXPORTER: 'prometheus', OTEL_EXPORTER_PROMETHEUS_PORT: String(port) });
  await exchange.killAndRestart('sending-body', 0, metricsEnv(ports.sender));
  await exchange.killAndRestart('receiving-body', 0, metricsEnv(ports.receiver));
  const sender = () => exchange.api('sending-body', 'ministry-of-finance');
  const receiver = () => exchange.api('receiving-body', 'ministry-of-justice');

  const draft = await openWithPackage(sender(), { receiverId: 'ministry-of-justice' });
  await submit(sender(), draft.caseId);
  await caseAt(receiver(), draft.caseId, 1);
  await step(receiver(), draft.caseId, { type: 'ProposalAgreed' });
  await caseAt(sender(), draft.caseId, 2);

  const atSender = await waitFor(async () => {
    const text = await scrape(ports.sender);
    return series(text, 'sx_steps_received_total').some((l) => l.includes('step_type="ProposalAgreed"')) ? text : undefined;
  }, { timeoutMs: 20_000, description: 'the sender to count the received agreement' });
  const atReceiver = await scrape(ports.receiver);

  expect(series(atSender, 'sx_steps_taken_total')).toEqual([expect.stringMatching(/step_type="ProposalSubmitted".* 1$/)]);
  expect(series(atReceiver, 'sx_steps_received_total')).toEqual([expect.stringMatching(/step_type="ProposalSubmitted".* 1$/)]);
  expect(series(atReceiver, 'sx_steps_taken_total')).toEqual([expect.stringMatching(/step_type="ProposalAgreed".* 1$/)]);
  expect(series(atSender, 'sx_handoff_latency_count')).toEqual([expect.stringMatching(/step_type="ProposalAgreed".* 1$/)]);
  // Requests by route and status, with latency buckets.
  const opened = series(atSender, 'http_server_request_duration_bucket').filter((l) => l.includes('http_route="/cases"') && l.includes('http_response_status_code="201"'));
  expect(opened.length).toBeGreaterThan(1);
  // Read when scraped: the outbox drains (the receipt the sender gave for the agreement leaves it once the
  // broker confirms, its pointer dropped a moment later), queues hold no dead letter, nothing is overdue yet.
  const drained = await waitFor(async () => {
    const text = await scrape(ports.sender);
    return series(text, 'sx_outbox_depth').every((l) => / 0$/.test(l)) ? text : undefined;
  }, { timeoutMs: 10_000, description: 'the sender’s outbox to drain' });
  expect(series(drained, 'sx_outbox_depth')).toEqual([expect.stringMatching(/ 0$/)]);
  expect(series(drained, 'sx_relay_lag')).toEqual([expect.stringMatching(/ 0$/)]);
  expect(series(atSender, 'sx_queue_depth').filter((l) => l.includes('kind="dead"'))).toEqual([expect.stringMatching(/ 0$/)]);
  expect(series(atSender, 'sx_obligations_overdue').some((l) => l.includes('agency="ministry-of-finance"'))).toBe(true);
  expect(series(atSender, 'sx_dead_letters_total')).toEqual([]);

  // The API's JSON counters: the operator token only.
  expect((await exchange.api('sending-body').get('/metrics')).status).toBe(401);
  expect((await exchange.api('sending-body', 'ministry-of-finance').get('/metrics')).status).toBe(401);
  const counters = await exchange.apiWithKey('sending-body', OPERATOR_TOKEN).get<{ caseLogAppends: number }>('/metrics');
  expect(counters.status).toBe(200);
  expect(counters.body.caseLogAppends).toBeGreaterThan(0);
}, 240_000);
