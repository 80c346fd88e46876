import { connect } from 'amqplib';
import { caseEventMessage, createEnvelope, type CaseEventPayload } from '@sx/contracts';
import { createMessaging, devKeyRing, topologyNames, type Messaging } from '@sx/messaging';
import { deterministicId } from '@sx/persistence';
import { waitFor } from '@sx/testing';
import { caseAt, expectOk, openWithPackage, step, type CaseBody } from './support/case-flows';
import { useExchange } from './support/exchange';

// Issue #2's first handoff, on real RabbitMQ and FerretDB: the sender's service accepts an R3
// proposal, stores it and publishes it; the receiver's service stores its own copy exactly once,
// shrugs off a duplicate, dead-letters a malformed or forged message with its reason and keeps going.
describe('R3 §12 handoff: sending-body → receiving-body', () => {
  const exchange = useExchange({ env: { SX_FIXED_NOW: '2026-03-18T10:00:00+05:00' } });
  const sender = () => exchange.api('sending-body', 'ministry-of-finance');
  const receiver = () => exchange.api('receiving-body', 'ministry-of-justice');
  let proposal: CaseBody;
  let broker: Messaging;

  beforeAll(async () => {
    // Publishes as the sending-body service would (its dev signing key): the duplicate is genuine.
    broker = await createMessaging({ url: exchange.run.amqpUrl, service: 'sending-body', keys: devKeyRing('sending-body'), prefix: exchange.run.prefix });
  });
  afterAll(async () => broker?.stop());

  const processedLogLines = (caseId: string) =>
    exchange.process('receiving-body').output.jsonLines().filter((l) => l['msg'] === 'case message processed' && l['caseId'] === caseId);

  it('R3 §12: the proposal is answered, stored by the sender, delivered once and stored by the receiver', async () => {
    const draft = await openWithPackage(sender(), { receiverId: 'ministry-of-justice' });
    const res = await sender().post<CaseBody>(`/cases/${draft.caseId}/proposal`, {});
    proposal = expectOk(res);
    expect(proposal).toMatchObject({ status: 'proposal-under-review', steps: 1, yourRoles: ['sender'] });
    expect(proposal.events[0]).toMatchObject({ seq: 1, agencyId: 'ministry-of-finance', service: 'sending-body', event: { type: 'ProposalSubmitted', actor: 'sender', on: '2026-03-18' } });

    const stored = await caseAt(receiver(), draft.caseId, 1);
    expect(stored).toMatchObject({ status: 'proposal-under-review', yourRoles: ['receiver'], events: proposal.events });
    expect(stored.obligations).toEqual(proposal.obligations.map((o) => expect.objectContaining({ id: o.id, due: o.due, cite: o.cite })));

    await waitFor(() => processedLogLines(draft.caseId).length === 1 || undefined, { timeoutMs: 5000 });
    expect(processedLogLines(draft.caseId).map((l) => l['outcome'])).toEqual(['applied']);
  });

  it('a duplicate delivery of the same message, and a replay of the same step under a new id, change nothing', async () => {
    const before = expectOk(await receiver().get<CaseBody>(`/cases/${proposal.caseId}`));
    const payload: CaseEventPayload = {
      caseId: proposal.caseId,
      ruleSet: 'R3',
      reference: (before as unknown as { reference: string }).reference,
      parties: proposal.parties as CaseEventPayload['parties'],
      candidate: (before as unknown as { proposed: CaseEventPayload['candidate'] }).proposed,
      documents: before.documents as CaseEventPayload['documents'],
      files: [],
      events: proposal.events as CaseEventPayload['events'],
    };
    const envelope = (messageId: string) =>
      createEnvelope(caseEventMessage('ProposalSubmitted'), {
        caseId: proposal.caseId,
        messageId,
        fromAgency: 'ministry-of-finance',
        toAgency: 'ministry-of-justice',
        fromService: 'sending-body',
        toService: 'receiving-body',
        causationId: null,
        payload,
      });
    await broker.publisher.publish(envelope(deterministicId(proposal.caseId, '1', 'receiving-body')));
    await broker.publisher.publish(envelope(deterministicId(proposal.caseId, 'replayed')));
    await waitFor(() => processedLogLines(proposal.caseId).length === 3 || undefined, { timeoutMs: 10_000 });
    expect(processedLogLines(proposal.caseId).map((l) => l['outcome'])).toEqual(['applied', 'duplicate', 'duplicate']);

    const after = expectOk(await receiver().get<CaseBody>(`/cases/${proposal.caseId}`));
    expect(after.version).toBe(before.version);
    expect(after.events).toEqual(before.events);
    const timeline = expectOk(await receiver().get<{ entries: unknown[] }>(`/cases/${proposal.caseId}/timeline`));
    expect(timeline.entries).toHaveLength(1);
  });

  it('malformed and forged messages are dead-lettered with their reason; the consumer keeps working', async () => {
    const names = topologyNames(exchange.run.prefix);
    const conn = await connect(exchange.run.amqpUrl);
    try {
      const ch = await conn.createConfirmChannel();
      ch.publish(names.exchange, 'receiving-body.ProposalSubmitted', Buffer.from('{not json'), { persistent: true, messageId: 'malformed-1' });
      // Well-formed JSON claiming to be from the sending body, but unsigned: a forgery.
      ch.publish(names.exchange, 'receiving-body.ProposalAgreed', Buffer.from(JSON.stringify({ messageId: 'x', type: 'ProposalAgreed' })), { persistent: true, messageId: 'forged-1' });
      await ch.waitForConfirms();

      const reasons = await waitFor(
        async () => {
          const found: string[] = [];
          for (;;) {
            const m = await ch.get(names.deadQueue('receiving-body'), { noAck: false });
            if (!m) break;
            found.push(`${m.properties.messageId}:${String(m.properties.headers?.['x-sx-dead-reason-code'])}`);
            ch.ack(m);
          }
          return found.length >= 2 ? found : undefined;
        },
        { timeoutMs: 10_000, intervalMs: 200 },
      );
      expect(reasons).toEqual(expect.arrayContaining(['malformed-1:MALFORMED_JSON', expect.stringMatching(/^forged-1:(SIGNATURE_\w+|ENVELOPE_INVALID)$/)]));
      await ch.close();
    } finally {
      await conn.close();
    }

    // Still consuming: the receiver's agreement reaches the sender, and a new proposal reaches the receiver.
    await step(receiver(), proposal.caseId, { type: 'ProposalAgreed' });
    await caseAt(sender(), proposal.caseId, 2);
    const another = await openWithPackage(sender(), { receiverId: 'ministry-of-justice' });
    expectOk(await sender().post(`/cases/${another.caseId}/proposal`, {}));
    await caseAt(receiver(), another.caseId, 1);
    expect(exchange.process('receiving-body').output.jsonLines().some((l) => l['level'] === 60)).toBe(false);
  });

  it('one trace follows the case from the sender’s HTTP request through RabbitMQ into the receiver’s MongoDB', async () => {
    const spans = await waitFor(
      () => {
        const all = exchange.spans();
        const processSpan = all.find((s) => s.service === 'receiving-body' && /ProposalSubmitted process|process/.test(s.name) && s.kind === 'consumer');
        return processSpan ? all : undefined;
      },
      { timeoutMs: 10_000, description: 'a consumer span in receiving-body' },
    );
    const httpSpan = spans.find((s) => s.service === 'sending-body' && s.kind === 'server' && /proposal/.test(String(s.attributes['http.route'] ?? s.attributes['http.target'] ?? s.name)));
    expect(httpSpan).toBeDefined();
    const trace = spans.filter((s) => s.traceId === httpSpan?.traceId);
    const services = new Set(trace.map((s) => s.service));
    expect(services).toEqual(new Set(['sending-body', 'receiving-body']));
    expect(trace.some((s) => s.service === 'receiving-body' && s.kind === 'consumer')).toBe(true);
    expect(trace.some((s) => s.service === 'receiving-body' && /mongoose|mongodb/i.test(`${s.scope} ${s.name}`))).toBe(true);
  });
});
