import { createHash, randomBytes } from 'node:crypto';
import { devApiKey } from '@sx/http-kit';
import { eligibleCandidate, expectOk, type CaseBody, type ErrorBody } from './support/case-flows';
import { deepArray, deepObject } from './support/fuzz/nasty-values';
import { watchHealth } from './support/fuzz/health-watch';
import { useSingleService } from './support/single-service';

// The HTTP edge of one service (sending-body): caller errors are 4xx with a code and kk/ru/en text,
// files travel as bytes, responses carry the security headers, and keys are limited.
const MB = 1024 * 1024;
const FINANCE = 'ministry-of-finance';
const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

describe('the HTTP edge', () => {
  const sb = useSingleService('sending-body', { SX_FIXED_NOW: '2026-03-18T10:00:00+05:00' });
  const raw = (path: string, init: RequestInit & { key?: string | null } = {}) => {
    const { key = devApiKey(FINANCE), ...rest } = init;
    return fetch(sb.url + path, { ...rest, headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...(rest.headers as Record<string, string>) } });
  };
  const openDraft = async (): Promise<string> =>
    expectOk(await sb.api(FINANCE).post<CaseBody>('/cases', { receiverId: 'ministry-of-justice', reference: '01-12/8', candidate: { fullName: 'Aigerim Sadykova', position: 'Chief expert', eligibility: eligibleCandidate() } }), 201).caseId;

  // Issue #20: a held read must not tell whether a case exists. The Ministry of Justice is served by
  // this sending-body too, but is not a party of the Ministry of Finance's draft here.
  it('held reads answer a non-party and an unknown case id alike: the same status and body, after the same wait', async () => {
    const caseId = await openDraft();
    const unknown = '00000000-0000-4000-8000-000000000000';
    const held = async (id: string, how: 'afterSeq' | 'prefer') => {
      const started = Date.now();
      const res = await raw(how === 'afterSeq' ? `/cases/${id}?afterSeq=0&wait=1` : `/cases/${id}`, { key: devApiKey('ministry-of-justice'), headers: how === 'prefer' ? { prefer: 'wait=1' } : {} });
      const body = (await res.json()) as ErrorBody & { error: { details?: { caseId?: string } } };
      return { status: res.status, code: body.error.code, text: body.error.text, ms: Date.now() - started };
    };
    for (const how of ['afterSeq', 'prefer'] as const) {
      const [notYours, missing] = [await held(caseId, how), await held(unknown, how)];
      expect({ ...notYours, ms: 0 }).toEqual({ ...missing, ms: 0 });
      expect(notYours.status).toBe(404);
      // Both waited the whole second: no early answer gives the case away.
      for (const r of [notYours, missing]) expect(r.ms).toBeGreaterThanOrEqual(950);
      expect(Math.abs(notYours.ms - missing.ms)).toBeLessThan(600);
    }
  });

  it('R3 §12: a 2 MB file goes up as a streamed raw body (SHA-256 checked) and comes back byte for byte', async () => {
    const caseId = await openDraft();
    const file = randomBytes(2 * MB);
    const up = await raw(`/cases/${caseId}/documents/cv?fileName=${encodeURIComponent('Түйіндеме CV.pdf')}`, {
      method: 'PUT', body: file, headers: { 'content-type': 'application/pdf', 'x-content-sha256': sha256(file) },
    });
    expect(up.status).toBe(200);
    expect(await up.json()).toMatchObject({ kind: 'cv', sha256: sha256(file), size: 2 * MB, contentType: 'application/pdf', fileName: 'Түйіндеме CV.pdf' });

    const down = await raw(`/cases/${caseId}/files/${sha256(file)}`);
    expect(down.status).toBe(200);
    expect(down.headers.get('content-type')).toBe('application/pdf');
    expect(down.headers.get('etag')).toBe(`"${sha256(file)}"`);
    expect(down.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('Түйіндеме CV.pdf')}`);
    expect(Buffer.from(await down.arrayBuffer()).equals(file)).toBe(true);
    expect((await raw(`/cases/${caseId}/files/${sha256(file)}`, { headers: { 'if-none-match': `"${sha256(file)}"` } })).status).toBe(304);
  });

  it('a file over SX_MAX_FILE_BYTES is 413 naming the limit; a wrong X-Content-SHA256 is 400; neither is stored', async () => {
    const caseId = await openDraft();
    const big = await raw(`/cases/${caseId}/documents/cv?fileName=cv.pdf`, { method: 'PUT', body: randomBytes(2 * MB + 1), headers: { 'content-type': 'application/pdf' } });
    expect(big.status).toBe(413);
    const body = (await big.json()) as ErrorBody & { error: { message: string } };
    expect(body.error).toMatchObject({ code: 'DOCUMENTS.FILE_TOO_LARGE', message: expect.stringContaining(String(2 * MB)) });
    const file = randomBytes(1000);
    const mismatch = await raw(`/cases/${caseId}/documents/cv?fileName=cv.pdf`, { method: 'PUT', body: file, headers: { 'content-type': 'application/pdf', 'x-content-sha256': '0'.repeat(64) } });
    expect(mismatch.status).toBe(400);
    expect(((await mismatch.json()) as ErrorBody).error.code).toBe('REQUEST.DIGEST_MISMATCH');
    expect(expectOk(await sb.api(FINANCE).get<CaseBody>(`/cases/${caseId}`)).documents).toEqual([]);
  });

  it('issue #8\'s four 500 causes are 4xx: impossible dates, bad ids and cursors, deep arrays, bad %-escapes', async () => {
    const caseId = await openDraft();
    for (const on of ['2026-13-01', '', 'today']) {
      const res = await sb.api(FINANCE).post<ErrorBody>(`/cases/${caseId}/proposal`, { on });
      expect([res.status, res.body.error.code]).toEqual([400, 'REQUEST.INVALID']);
    }
    expect((await raw('/cases?cursor=%00')).status).toBe(400);
    expect((await raw(`/cases/$where/files/${'a'.repeat(64)}`)).status).toBe(400);
    const deep = await raw('/cases', { method: 'POST', body: deepArray(10_000), headers: { 'content-type': 'application/json' } });
    expect([deep.status, ((await deep.json()) as ErrorBody).error.code]).toEqual([400, 'REQUEST.TOO_DEEP']);
    const escape = await raw('/cases/%E0%A4%A');
    expect([escape.status, ((await escape.json()) as ErrorBody).error.code]).toEqual([400, 'REQUEST.MALFORMED_URL']);
  });

  it('eight 240 kB deeply nested bodies in flight do not stall /health', async () => {
    const health = watchHealth([sb.url], 100);
    const body = deepObject(40_000);
    const answers = await Promise.all(Array.from({ length: 8 }, () => raw('/cases', { method: 'POST', body, headers: { 'content-type': 'application/json' } })));
    const report = await health.stop();
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(400));
    expect(report.slow).toEqual([]);
  });

  it('field messages come in the caller\'s language (kk/ru/en), with all three in `text`', async () => {
    const res = await sb.api(FINANCE).post<{ error: { details: { issues: { path: string; message: string; text: Record<string, string> }[] } } }>(
      '/cases', { receiverId: 'ministry-of-justice', reference: '', candidate: {} }, { headers: { 'accept-language': 'kk' } },
    );
    expect(res.status).toBe(400);
    const issue = res.body.error.details.issues.find((i) => i.path === 'reference');
    expect(issue?.message).toBe(issue?.text['kk']);
    expect(issue?.text['kk']).toMatch(/[әғқңөұүһі]|Тым/i);
    expect(issue?.text['ru']).toMatch(/[а-я]/i);
    expect(issue?.text['en']).toMatch(/[a-z]/i);
  });

  it('answers with helmet headers, Cache-Control: no-store on case data, and the request and trace ids', async () => {
    const res = await raw('/cases', { headers: { 'x-request-id': 'agency-req-42' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('x-request-id')).toBe('agency-req-42');
    expect(res.headers.get('x-trace-id')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('a valid key at a service that does not serve its agency is 403 AUTH.WRONG_SERVICE naming the right one', async () => {
    const res = await sb.api('prime-minister').get<ErrorBody & { error: { message: string; details: { servedBy: string[] } } }>('/cases');
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ code: 'AUTH.WRONG_SERVICE', message: expect.stringContaining('prime-minister'), details: { servedBy: ['prime-minister'] } });
  });
});

describe('rate limits', () => {
  const limited = useSingleService('sending-body', { SX_READS_PER_AGENCY: '5', SX_AUTH_FAILURES_PER_IP: '3', SX_AUTH_BLOCK_S: '60' });

  it('per agency’s reads: past the budget, 429 RATE.LIMITED with Retry-After and the RateLimit headers', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 7; i++) {
      const res = await fetch(`${limited.url}/cases`, { headers: { authorization: `Bearer ${devApiKey('national-bank')}` } });
      statuses.push(res.status);
      retryAfter ??= res.headers.get('retry-after');
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    const last = await fetch(`${limited.url}/cases`, { headers: { authorization: `Bearer ${devApiKey('national-bank')}` } });
    expect(last.headers.get('ratelimit-policy')).toBe('"reads";q=5;w=60');
  });

  // Issue #20: an address that keeps failing is slowed (429 for its next wrong key), a valid key from it is not.
  it('per address on failed authentication: after 3 wrong keys, the next wrong one gets 429, and a valid key still works', async () => {
    const wrong = await Promise.all([1, 2, 3].map((i) => fetch(`${limited.url}/cases`, { headers: { authorization: `Bearer wrong-key-${i}-000000` } })));
    expect(wrong.map((r) => r.status)).toEqual([401, 401, 401]);
    const blocked = await fetch(`${limited.url}/cases`, { headers: { authorization: 'Bearer wrong-key-4-000000' } });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await blocked.json()) as ErrorBody).error.code).toBe('RATE.LIMITED');
    const valid = await fetch(`${limited.url}/cases`, { headers: { authorization: `Bearer ${devApiKey(FINANCE)}` } });
    expect(valid.status).toBe(200);
  });
});
