import { GENESIS_HASH, type CaseEventPayload, type EventRecord, type SignedRecord } from '@sx/contracts';
import { devKeyRing, sealChain, sealRecord, type Messaging } from '@sx/messaging';
import type { CaseEvent } from '@sx/rules';
import { bound, TEST_CANDIDATE } from '../../../libs/case-exchange/src/testing/sealed-record';
import { caseAt, expectOk, openWithPackage, type CaseBody, type ErrorBody } from './support/case-flows';
import { deadLetterOf, publishAsSender, senderBroker } from './support/forged-messages';
import { useExchange } from './support/exchange';

// Issue #7: the case log is the compare-and-set. Two replicas of receiving-body share one FerretDB;
// conflicting decisions sent to both at the same moment give exactly one 200 and one 409, and no
// acknowledged step is lost. Every party verifies the whole signed log it receives: fabricated
// history and a step that contradicts a stored one are dead-lettered with their reason.
describe('Issue #7: replicas, signed logs and forged history', () => {
  // SX_TEST_STEP_DELAY_MS: both racing requests decide before either appends, however busy the machine.
  const exchange = useExchange({ env: { SX_FIXED_NOW: '2026-03-18T10:00:00+05:00', SX_TEST_STEP_DELAY_MS: '250' }, replicas: { 'receiving-body': 2 } });
  const sender = () => exchange.api('sending-body', 'ministry-of-finance');
  let broker: Messaging;

  beforeAll(async () => {
    broker = await senderBroker(exchange.run.amqpUrl, exchange.run.prefix);
  });
  afterAll(async () => broker?.stop());

  async function submitted(): Promise<CaseBody> {
    const draft = await openWithPackage(sender(), { receiverId: 'ministry-of-justice' });
    expectOk(await sender().post<CaseBody>(`/cases/${draft.caseId}/proposal`, {}));
    return caseAt(exchange.replicaApi('receiving-body', 1, 'ministry-of-justice'), draft.caseId, 1);
  }

  it('R3 §13: agreement and refusal sent to two replicas at the same moment: one 200, one 409 CASE.CONCURRENT_STEP, and the winner is what every copy holds', async () => {
    const outcomes: string[] = [];
    for (let round = 0; round < 6; round++) {
      const c = await submitted();
      const [a, b] = await Promise.all([
        exchange.replicaApi('receiving-body', 0, 'ministry-of-justice').post<CaseBody | ErrorBody>(`/cases/${c.caseId}/steps`, { type: 'ProposalAgreed' }),
        exchange.replicaApi('receiving-body', 1, 'ministry-of-justice').post<CaseBody | ErrorBody>(`/cases/${c.caseId}/steps`, { type: 'ProposalRefused', reason: 'position filled' }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const lost = (a.status === 409 ? a.body : b.body) as ErrorBody;
      expect(lost.error.code).toBe('CASE.CONCURRENT_STEP');
      const winner = a.status === 200 ? 'ProposalAgreed' : 'ProposalRefused';
      outcomes.push(winner);
      // Both replicas and the sender hold the winner as step 2, and nothing else.
      for (const client of [exchange.replicaApi('receiving-body', 0, 'ministry-of-justice'), exchange.replicaApi('receiving-body', 1, 'ministry-of-justice'), sender()]) {
        const copy = await caseAt(client, c.caseId, 2);
        expect(copy.events.map((e) => e.event.type)).toEqual(['ProposalSubmitted', winner]);
      }
    }
    expect(outcomes).toHaveLength(6);
  });

  const publish = (payload: CaseEventPayload, to: { agencyId: string; service: 'prime-minister' | 'receiving-body' }): Promise<string> => publishAsSender(broker, payload, to);
  const deadLetter = (service: 'prime-minister' | 'receiving-body', messageId: string) => deadLetterOf(exchange.run.amqpUrl, exchange.run.prefix, service, messageId);

  // Records bound to the forged case (its id, TEST_CANDIDATE, an empty package), so what is tested is the chain itself.
  const record = (seq: number, type: string, actor: string, agencyId: string, service: EventRecord['service'], extra: Record<string, unknown> = {}): EventRecord => bound({
    seq, event: { type, actor, on: '2026-03-18', ...extra } as unknown as CaseEvent, agencyId, service, at: '2026-03-18T05:00:00.000Z',
  });
  const of = (caseId: string, records: readonly EventRecord[]): EventRecord[] => records.map((r) => ({ ...r, caseId }));
  const submit = record(1, 'ProposalSubmitted', 'sender', 'ministry-of-finance', 'sending-body', { receiverKind: 'central-executive-body' });
  const agreedByJustice = record(2, 'ProposalAgreed', 'receiver', 'ministry-of-justice', 'receiving-body');
  const request = record(3, 'ApprovalRequested', 'sender', 'ministry-of-finance', 'sending-body');
  const parties = {
    sender: { agencyId: 'ministry-of-finance', service: 'sending-body' as const },
    receiver: { agencyId: 'ministry-of-justice', service: 'receiving-body' as const },
    approver: { agencyId: 'prime-minister', service: 'prime-minister' as const },
  };
  const forgedPayload = (caseId: string, events: SignedRecord[], p: CaseEventPayload['parties'] = parties): CaseEventPayload => ({
    caseId, ruleSet: 'R3', reference: '01-12/forged', parties: p, candidate: TEST_CANDIDATE, documents: [], files: [], events,
  });
  const senderKey = devKeyRing('sending-body').signingKey;

  it.each([
    ['the receiver’s agreement signed with the sending body’s key', (id: string) => sealChain(of(id, [submit, agreedByJustice, request]), () => senderKey), parties, 'CASE.CHAIN_INVALID', /SIGNER_MISMATCH/],
    ['the receiver’s agreement recorded as if the sending body’s service took it', (id: string) => sealChain(of(id, [submit, { ...agreedByJustice, service: 'sending-body' }, request]), () => senderKey), parties, 'CASE.FORGED_ACTOR', /not the receiver/],
    ['a party list that makes the sending body’s service the receiver', (id: string) => sealChain(of(id, [submit, { ...agreedByJustice, service: 'sending-body' }, request]), () => senderKey), { ...parties, receiver: { agencyId: 'ministry-of-justice', service: 'sending-body' as const } }, 'CASE.IMPLAUSIBLE_PARTIES', /cannot be the receiver/],
    ['a chain whose links were cut and re-signed', (id: string) => of(id, [submit, agreedByJustice, request]).map((r) => sealRecord(r, GENESIS_HASH, r.service === 'receiving-body' ? devKeyRing('receiving-body', 'stolen?').signingKey : senderKey)), parties, 'CASE.CHAIN_INVALID', /BROKEN_LINK/],
    ['a receiver’s step signed by a key no service has', (id: string) => sealChain(of(id, [submit, agreedByJustice, request]), (s) => (s === 'receiving-body' ? devKeyRing('receiving-body', 'attacker').signingKey : senderKey)), parties, 'CASE.CHAIN_INVALID', /BAD_SIGNATURE/],
  ])('fabricated history is dead-lettered at the prime minister, who never saw the case: %s', async (_name, chain, p, code, reason) => {
    const caseId = `forged-${Math.random().toString(36).slice(2)}`;
    const messageId = await publish(forgedPayload(caseId, chain(caseId), p), { agencyId: 'prime-minister', service: 'prime-minister' });
    const headers = await deadLetter('prime-minister', messageId);
    expect(headers['x-sx-dead-reason-code']).toBe(code);
    expect(String(headers['x-sx-dead-reason'])).toMatch(reason);
    expect((await exchange.api('prime-minister', 'prime-minister').get(`/cases/${caseId}`)).status).toBe(404);
  });

  it('a message that reuses step 1 with different content is dead-lettered as CASE.CONFLICTING_STEP and raises an alarm', async () => {
    const c = await submitted();
    const { prevHash: _p, hash: _h, signature: _s, ...mine } = c.events[0] as unknown as SignedRecord;
    const other = sealRecord({ ...mine, at: '2026-03-18T06:00:00.000Z' }, GENESIS_HASH, senderKey);
    const copy = expectOk(await exchange.api('receiving-body', 'ministry-of-justice').get<CaseBody & { reference: string }>(`/cases/${c.caseId}`));
    const messageId = await publish(
      { caseId: c.caseId, ruleSet: 'R3', reference: copy.reference, parties: copy.parties as CaseEventPayload['parties'], candidate: (copy as unknown as { proposed: CaseEventPayload['candidate'] }).proposed, documents: copy.documents as CaseEventPayload['documents'], files: [], events: [other] },
      { agencyId: 'ministry-of-justice', service: 'receiving-body' },
    );
    const headers = await deadLetter('receiving-body', messageId);
    expect(headers['x-sx-dead-reason-code']).toBe('CASE.CONFLICTING_STEP');
    const alarms = exchange.replicas('receiving-body').flatMap((p) => p.output.jsonLines()).filter((l) => l['alarm'] === true && l['caseId'] === c.caseId);
    expect(alarms.length).toBeGreaterThanOrEqual(1);
    // The stored step is untouched.
    expect(expectOk(await exchange.api('receiving-body', 'ministry-of-justice').get<CaseBody>(`/cases/${c.caseId}`)).events).toEqual(c.events);
  });

  it('the audit export verifies offline, and a tampered export is refused (npm run audit:verify)', async () => {
    const c = await submitted();
    const audit = expectOk(await sender().get<{ records: SignedRecord[]; verification: { ok: boolean } }>(`/cases/${c.caseId}/audit`));
    expect(audit.verification).toEqual({ ok: true });
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { spawnSync } = await import('node:child_process');
    const dir = mkdtempSync(join(tmpdir(), 'sx-audit-'));
    const good = join(dir, 'good.json');
    const bad = join(dir, 'bad.json');
    writeFileSync(good, JSON.stringify(audit));
    writeFileSync(bad, JSON.stringify({ ...audit, records: audit.records.map((r) => ({ ...r, event: { ...r.event, on: '2026-03-17' } })) }));
    const run = (file: string) => spawnSync('npx', ['tsx', 'deploy/scripts/audit-verify.ts', file], { cwd: require('@sx/testing').REPO_ROOT, env: { ...process.env, SX_DEV_KEYS: '1' }, encoding: 'utf8' });
    const ok = run(good);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^verified: 1 records/m);
    const broken = run(bad);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/FAILED CHAIN.BAD_HASH at step 1/);
  });
});
