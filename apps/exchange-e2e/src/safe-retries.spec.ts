import { randomUUID } from 'node:crypto';
import { eligibleCandidate, expectOk, openWithPackage, type CaseBody, type ErrorBody } from './support/case-flows';
import { useExchange } from './support/exchange';

// Issue #10: safe retries (Idempotency-Key, If-Match) and waiting for a step's arrival (afterSeq),
// against the five services on real RabbitMQ + FerretDB; receiving-body runs as two replicas
// sharing one database, so a step committed by one replica is not notified to the other.
describe('Issue #10: Idempotency-Key, If-Match and afterSeq', () => {
  const exchange = useExchange({ env: { SX_FIXED_NOW: '2026-03-18T10:00:00+05:00' }, replicas: { 'receiving-body': 2 } });
  const sender = () => exchange.api('sending-body', 'ministry-of-finance');
  const receiver = (replica = 0) => exchange.replicaApi('receiving-body', replica, 'ministry-of-justice');
  const keyed = (key: string, extra: Record<string, string> = {}) => ({ headers: { 'Idempotency-Key': key, ...extra } });
  const newCase = (reference: string) => ({
    receiverId: 'ministry-of-justice',
    reference,
    candidate: { fullName: 'Aigerim Sadykova', position: 'Chief expert', eligibility: eligibleCandidate() },
  });

  async function submitted(): Promise<CaseBody> {
    const draft = await openWithPackage(sender(), { receiverId: 'ministry-of-justice' });
    return expectOk(await sender().post<CaseBody>(`/cases/${draft.caseId}/proposal`, {}));
  }

  it('the same POST /cases with the same key twice opens one case; the second answer is the first, replayed', async () => {
    const key = randomUUID();
    const reference = `idem-${key.slice(0, 8)}`;
    const first = await sender().post<CaseBody>('/cases', newCase(reference), keyed(key));
    const again = await sender().post<CaseBody>('/cases', newCase(reference), keyed(key));
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(again.headers.get('etag')).toBe('"0"');
    const listed = expectOk(await sender().get<{ items: CaseBody[] }>('/cases?limit=100'));
    expect(listed.items.filter((c) => (c as CaseBody & { reference: string }).reference === reference)).toHaveLength(1);
    // Keys are per agency: another agency's identical key is its own.
    const other = await exchange.api('sending-body', 'ministry-of-defence').post<CaseBody>('/cases', newCase(reference), keyed(key));
    expect(other.status).toBe(201);
    expect(other.body.caseId).not.toBe(first.body.caseId);
  });

  it('the same key with another body: 422 IDEMPOTENCY.KEY_REUSED in kk/ru/en, and nothing is created', async () => {
    const key = randomUUID();
    expectOk(await sender().post('/cases', newCase('first-body'), keyed(key)), 201);
    const before = expectOk(await sender().get<{ items: unknown[] }>('/cases?limit=100')).items.length;
    const reused = await sender().post<ErrorBody>('/cases', newCase('another-body'), keyed(key));
    expect(reused.status).toBe(422);
    expect(reused.body.error.code).toBe('IDEMPOTENCY.KEY_REUSED');
    expect(Object.keys(reused.body.error.text).sort()).toEqual(['en', 'kk', 'ru']);
    expect(expectOk(await sender().get<{ items: unknown[] }>('/cases?limit=100')).items.length).toBe(before);
  });

  it('a file upload with a key: the same bytes replay, other bytes under the same key get 422', async () => {
    const draft = expectOk(await sender().post<CaseBody>('/cases', newCase('upload')), 201);
    const url = `${exchange.url('sending-body')}/cases/${draft.caseId}/documents/cv?fileName=cv.pdf`;
    const put = (bytes: string, key: string) =>
      fetch(url, { method: 'PUT', body: Buffer.from(bytes), headers: { authorization: 'Bearer dev-key-ministry-of-finance-0000', 'content-type': 'application/pdf', 'idempotency-key': key } });
    const key = randomUUID();
    const first = await put('%PDF-1.4 first', key);
    const again = await put('%PDF-1.4 first', key);
    const other = await put('%PDF-1.4 other', key);
    expect([first.status, again.status, other.status]).toEqual([200, 200, 422]);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
  });

  it('identical requests with one key at the same moment: one runs, the others get 409 IDEMPOTENCY.IN_PROGRESS or its replay; one case', async () => {
    let inProgress = 0;
    for (let round = 0; round < 5 && inProgress === 0; round++) {
      const key = randomUUID();
      const reference = `race-${key.slice(0, 8)}`;
      const answers = await Promise.all(Array.from({ length: 4 }, () => sender().post<CaseBody | ErrorBody>('/cases', newCase(reference), keyed(key))));
      const ran = answers.filter((a) => a.status === 201 && a.headers.get('idempotent-replayed') === null);
      const conflicts = answers.filter((a) => a.status === 409);
      expect(ran).toHaveLength(1);
      for (const c of conflicts) expect((c.body as ErrorBody).error.code).toBe('IDEMPOTENCY.IN_PROGRESS');
      expect(answers.every((a) => a.status === 201 || a.status === 409)).toBe(true);
      const ids = new Set(answers.filter((a) => a.status === 201).map((a) => (a.body as CaseBody).caseId));
      expect(ids.size).toBe(1);
      inProgress += conflicts.length;
    }
    expect(inProgress).toBeGreaterThan(0);
  });

  it('If-Match with an outdated seq: 412 CASE.STALE_VERSION with the current seq, nothing changes; the current one succeeds with the next ETag', async () => {
    const c = await submitted();
    await receiver().get(`/cases/${c.caseId}?afterSeq=0&wait=20`);
    const stale = await receiver().post<ErrorBody>(`/cases/${c.caseId}/steps`, { type: 'ProposalAgreed' }, { headers: { 'If-Match': '"0"' } });
    expect(stale.status).toBe(412);
    expect(stale.body.error).toMatchObject({ code: 'CASE.STALE_VERSION', details: { seq: 1, expected: 0 } });
    expect(expectOk(await receiver().get<CaseBody>(`/cases/${c.caseId}`)).steps).toBe(1);
    const agreed = await receiver().post<CaseBody>(`/cases/${c.caseId}/steps`, { type: 'ProposalAgreed' }, { headers: { 'If-Match': '"1"' } });
    expect(agreed.status).toBe(200);
    expect(agreed.headers.get('etag')).toBe('"2"');
    expect((agreed.body as CaseBody & { seq: number }).seq).toBe(2);
  });

  it('two steps with the same If-Match on two replicas at the same moment: exactly one wins, the other gets 412', async () => {
    for (let round = 0; round < 3; round++) {
      const c = await submitted();
      await receiver(0).get(`/cases/${c.caseId}?afterSeq=0&wait=20`);
      const ifMatch = { headers: { 'If-Match': '"1"' } };
      const [a, b] = await Promise.all([
        receiver(0).post<CaseBody | ErrorBody>(`/cases/${c.caseId}/steps`, { type: 'ProposalAgreed' }, ifMatch),
        receiver(1).post<CaseBody | ErrorBody>(`/cases/${c.caseId}/steps`, { type: 'ProposalRefused', reason: 'position filled' }, ifMatch),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 412]);
      expect(((a.status === 412 ? a.body : b.body) as ErrorBody).error.code).toBe('CASE.STALE_VERSION');
      const copy = expectOk(await receiver(1).get<CaseBody>(`/cases/${c.caseId}`));
      expect(copy.steps).toBe(2);
    }
  });

  it('afterSeq: a read held at the receiver answers as soon as the proposal arrives from the sender, and at the sender as soon as the answer arrives', async () => {
    const draft = await openWithPackage(sender(), { receiverId: 'ministry-of-justice' });
    for (const replica of [0, 1]) {
      const c = replica === 0 ? draft : await openWithPackage(sender(), { receiverId: 'ministry-of-justice' });
      const started = Date.now();
      // Held before the case exists at the receiver: it waits for the case's arrival instead of 404.
      const held = receiver(replica).get<CaseBody>(`/cases/${c.caseId}?afterSeq=0&wait=20`);
      await new Promise((r) => setTimeout(r, 300));
      const submittedAt = Date.now();
      expectOk(await sender().post(`/cases/${c.caseId}/proposal`, {}));
      const arrived = await held;
      const now = Date.now();
      expect(arrived.status).toBe(200);
      expect(arrived.headers.get('wait-outcome')).toBe('arrived');
      expect(arrived.headers.get('etag')).toBe('"1"');
      expect(arrived.body.steps).toBe(1);
      console.log(`afterSeq=0 at receiving-body#${replica}: answered ${now - submittedAt} ms after the sender's 200 (held ${now - started} ms in all)`);
      expect(now - started).toBeLessThan(15_000);

      const atSender = sender().get<CaseBody>(`/cases/${c.caseId}?afterSeq=1&wait=20`);
      const agreedAt = Date.now();
      expectOk(await receiver(replica).post(`/cases/${c.caseId}/steps`, { type: 'ProposalAgreed' }));
      const back = await atSender;
      console.log(`afterSeq=1 at sending-body: answered ${Date.now() - agreedAt} ms after the receiver's step was sent`);
      expect(back.headers.get('wait-outcome')).toBe('arrived');
      expect(back.body.steps).toBe(2);
    }
  });

  it('afterSeq: a wait that ends answers the copy as it is (timed-out), Prefer: wait is applied; an unknown case and a non-party are both 404 after the wait', async () => {
    const c = await submitted();
    const started = Date.now();
    const timedOut = await sender().get<CaseBody>(`/cases/${c.caseId}?afterSeq=1`, { headers: { Prefer: 'wait=1' } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(timedOut.status).toBe(200);
    expect(timedOut.headers.get('wait-outcome')).toBe('timed-out');
    expect(timedOut.headers.get('preference-applied')).toBe('wait=1');
    expect(timedOut.body.steps).toBe(1);

    const unknown = await sender().get<ErrorBody>(`/cases/${randomUUID()}?afterSeq=0&wait=1`);
    expect(unknown.status).toBe(404);

    // Issue #20: to a non-party the case does not exist, in the answer and in its time: the same 404 after the same wait.
    const outsiderStarted = Date.now();
    const outsider = await exchange.api('sending-body', 'ministry-of-defence').get<ErrorBody>(`/cases/${c.caseId}?afterSeq=5&wait=1`);
    expect(outsider.status).toBe(404);
    expect(outsider.body.error.code).toBe(unknown.body.error.code);
    expect(Date.now() - outsiderStarted).toBeGreaterThanOrEqual(950);
    expect((await sender().get(`/cases/${c.caseId}?afterSeq=0&wait=31`)).status).toBe(400);
  });
});
