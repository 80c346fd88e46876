/**
 * Officials act as themselves (issue #18): tokens from the local identity provider (a real process,
 * signed in through its login form) on the real services. A preparer may open and prepare a case but
 * not decide (R3 §13: the receiving body's head decides); a signatory's decision is taken and the
 * signed record names them; the audit export verifies offline and names who decided each step.
 *
 * One agency (akimat-almaty) is served by a provider the test itself runs (support/test-issuer.ts,
 * trusted through SX_OIDC_ISSUERS over the local default): it signs what no real provider issues, an
 * expired token or an official with no role.
 *
 * The detector check of the signatory check is a test here too: a process of the receiving body with
 * SX_TEST_MUTANT=no-signatory-check (a switch the service config reads, refused without SX_DEV_KEYS=1,
 * never in production) takes the preparer's decision that the real one refused, so the 403 test above
 * would fail against a service without the check.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '@sx/testing';
import { caseAt, expectOk, openWithPackage, submit, type ErrorBody } from './support/case-flows';
import { useExchange } from './support/exchange';
import { withMutant } from './support/mutant-service';
import { partyApi } from './support/party-api';
import { startTestIssuer, tampered, unsigned, type TestIssuer } from './support/test-issuer';

let testIssuer: TestIssuer;
// Registered before useExchange's, so the issuer's URL exists when the services start.
beforeAll(async () => {
  testIssuer = await startTestIssuer();
});
afterAll(() => testIssuer.close());

const TEST_AGENCY = 'akimat-almaty';
const exchange = useExchange({
  officials: true,
  env: () => ({
    SX_OIDC_ISSUERS: JSON.stringify({ [TEST_AGENCY]: { issuer: testIssuer.issuer, roleValues: { preparer: ['hr-clerk'], signatory: ['akim'] } } }),
  }),
});

type Timeline = { entries: { event: string; details?: { by?: unknown } }[] };

describe('officials sign in with their own provider', () => {
  let agreedCase = '';

  it('R3 §13: a preparer of the receiving body cannot agree (403 AUTH.NOT_SIGNATORY); its signatory can, and the record names them', async () => {
    const sender = await exchange.officialApi('sending-body', 'preparer@ministry-of-finance');
    const opened = await openWithPackage(sender, { receiverId: 'ministry-of-justice', fullName: 'Asel Preparer' });
    // Submitting the proposal is the sending body's decision (R3 §12): a signatory's act.
    await submit(await exchange.officialApi('sending-body', 'signatory@ministry-of-finance'), opened.caseId);

    const preparer = await exchange.officialApi('receiving-body', 'preparer@ministry-of-justice');
    await caseAt(preparer, opened.caseId, 1);
    const refused = await preparer.post<ErrorBody>(`/cases/${opened.caseId}/steps`, { type: 'ProposalAgreed' });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: 'AUTH.NOT_SIGNATORY', cite: expect.stringMatching(/^R3 §13/) });

    const signatory = await exchange.officialApi('receiving-body', 'signatory@ministry-of-justice');
    expectOk(await signatory.post(`/cases/${opened.caseId}/steps`, { type: 'ProposalAgreed' }));
    const timeline = expectOk(await signatory.get<Timeline>(`/cases/${opened.caseId}/timeline`));
    const agreed = timeline.entries.find((e) => e.event === 'ProposalAgreed');
    expect(agreed?.details?.by).toMatchObject({ kind: 'person', subject: 'signatory@ministry-of-justice', name: 'Signatory (Ministry of Justice)', issuer: exchange.identityProvider.issuer });
    agreedCase = opened.caseId;
  }, 120_000);

  it('detector check: with the signatory check switched off (SX_TEST_MUTANT=no-signatory-check) the preparer’s decision is accepted, so the 403 test would fail', async () => {
    const sender = await exchange.officialApi('sending-body', 'signatory@ministry-of-finance');
    const opened = await openWithPackage(sender, { receiverId: 'ministry-of-justice', fullName: 'Mutant Check' });
    await submit(sender, opened.caseId);
    const preparer = await exchange.officialApi('receiving-body', 'preparer@ministry-of-justice');
    await caseAt(preparer, opened.caseId, 1);
    const token = await exchange.identityProvider.tokenFor('preparer@ministry-of-justice', 'receiving-body');
    const taken = await withMutant(exchange, 'receiving-body', 'no-signatory-check', (url) =>
      partyApi(url, token).post<{ steps: number }>(`/cases/${opened.caseId}/steps`, { type: 'ProposalAgreed' }),
    );
    expect(taken.status).toBe(200);
    expect(taken.body.steps).toBe(2);
  }, 180_000);

  it('the audit export of the signed chain verifies offline (npm run audit:verify), which prints the official who took each step', async () => {
    expect(agreedCase).not.toBe('');
    const signatory = await exchange.officialApi('receiving-body', 'signatory@ministry-of-justice');
    const audit = expectOk(await signatory.get<unknown>(`/cases/${agreedCase}/audit`));
    const file = join(mkdtempSync(join(tmpdir(), 'sx-officials-audit-')), 'audit.json');
    writeFileSync(file, JSON.stringify(audit));
    // The services run on the derived dev keys; the verifier takes them from SX_DEV_KEYS=1.
    const env = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SX_PUBLIC_KEY'))), SX_DEV_KEYS: '1' };
    const run = spawnSync(join(REPO_ROOT, 'node_modules/.bin/tsx'), [join(REPO_ROOT, 'deploy/scripts/audit-verify.ts'), file], { cwd: REPO_ROOT, env, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^verified: 2 records of case ${agreedCase}`, 'm'));
    expect(run.stdout).toMatch(/ProposalSubmitted .* by Signatory \(Ministry of Finance\), Executive Secretary \(http:\/\/127\.0\.0\.1:\d+ signatory@ministry-of-finance\)/);
    expect(run.stdout).toMatch(/ProposalAgreed .* by Signatory \(Ministry of Justice\), Executive Secretary \(http:\/\/127\.0\.0\.1:\d+ signatory@ministry-of-justice\)/);
  }, 60_000);

  it("an official of agency A cannot read or act on B's case: the 404 of a case that does not exist, as with A's API key", async () => {
    const sender = await exchange.officialApi('sending-body', 'preparer@ministry-of-finance');
    const draft = await openWithPackage(sender, { receiverId: 'ministry-of-justice', kinds: ['cv'] });
    // The Ministry of Justice acts through the sending body too, but is no party to this draft yet.
    const other = await exchange.officialApi('sending-body', 'signatory@ministry-of-justice');
    const missing = await other.get<ErrorBody>('/cases/00000000-0000-4000-8000-000000000000');
    const read = await other.get<ErrorBody>(`/cases/${draft.caseId}`);
    const act = await other.post<ErrorBody>(`/cases/${draft.caseId}/proposal`, {});
    const attach = await other.put<ErrorBody>(`/cases/${draft.caseId}/documents/cv`, { fileName: 'cv.pdf', contentType: 'application/pdf', contentBase64: 'JVBERi0xLjQK' });
    for (const refused of [read, act, attach]) {
      expect(refused.status).toBe(missing.status);
      expect(refused.body.error.code).toBe('CASE.NOT_FOUND');
      expect(refused.body.error.text).toEqual(missing.body.error.text);
    }
    expect((await other.get<Timeline>(`/cases/${draft.caseId}/timeline`)).status).toBe(404);
  });

  describe('a token that cannot be trusted gets 401 with a code naming why', () => {
    const claims = { sub: 'akim-1', aud: 'receiving-body', name: 'Akim of Almaty', roles: ['akim'] };
    it.each<[string, () => Promise<string>, string]>([
      ['expired', () => testIssuer.sign({ ...claims, iat: Math.floor(Date.now() / 1000) - 7200, exp: Math.floor(Date.now() / 1000) - 3600 }), 'AUTH.TOKEN_EXPIRED'],
      ['for another service (audience sending-body)', () => exchange.identityProvider.tokenFor('signatory@ministry-of-justice', 'sending-body'), 'AUTH.TOKEN_WRONG_AUDIENCE'],
      ['from an issuer no agency names', () => testIssuer.sign({ ...claims, iss: 'http://127.0.0.1:9/not-an-agency-provider' }), 'AUTH.TOKEN_WRONG_ISSUER'],
      ['unsigned (alg none)', async () => unsigned(await exchange.identityProvider.tokenFor('signatory@ministry-of-justice', 'receiving-body')), 'AUTH.TOKEN_UNSIGNED'],
      ['signed by a key the issuer never published', () => testIssuer.sign({ ...claims, iss: exchange.identityProvider.issuer, agency: 'ministry-of-justice' }, { key: 'stranger', kid: 'stranger-1' }), 'AUTH.TOKEN_UNKNOWN_KEY'],
      ['signed by a stranger under the issuer’s own key id', () => testIssuer.sign(claims, { key: 'stranger' }), 'AUTH.TOKEN_UNKNOWN_KEY'],
      ['tampered (a preparer made a signatory)', async () => tampered(await exchange.identityProvider.tokenFor('preparer@ministry-of-justice', 'receiving-body'), { roles: ['signatory'] }), 'AUTH.TOKEN_UNKNOWN_KEY'],
    ])('a token %s: 401', async (_name, token, code) => {
      const res = await exchange.apiWithKey('receiving-body', await token()).get<ErrorBody>('/cases');
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe(code);
    });

    it('the same claims, signed and current, are accepted: each refusal above is about its one flaw', async () => {
      expect((await exchange.apiWithKey('receiving-body', await testIssuer.sign(claims)).get('/cases')).status).toBe(200);
    });
  });

  it('R3 §12: preparing acts need a preparer or a signatory of the party: an official with neither role gets 403 AUTH.NOT_PREPARER', async () => {
    const official = async (sub: string, roles: string[]) =>
      exchange.apiWithKey('sending-body', await testIssuer.sign({ sub, aud: 'sending-body', name: sub, roles }));
    const clerk = await official('clerk-1', ['hr-clerk']);
    const draft = await openWithPackage(clerk, { receiverId: 'ministry-of-justice', kinds: ['cv'] });
    const nobody = await official('driver-1', []);
    const opened = await nobody.post<ErrorBody>('/cases', { receiverId: 'ministry-of-justice', reference: '01-12/1', candidate: { fullName: 'Nobody Named', position: 'Expert' } });
    const attached = await nobody.put<ErrorBody>(`/cases/${draft.caseId}/documents/nomination`, { fileName: 'n.pdf', contentType: 'application/pdf', contentBase64: 'JVBERi0xLjQK' });
    const checked = await nobody.get<ErrorBody>(`/cases/${draft.caseId}/checks`);
    for (const refused of [opened, attached, checked]) {
      expect(refused.status).toBe(403);
      expect(refused.body.error).toMatchObject({ code: 'AUTH.NOT_PREPARER', cite: expect.stringMatching(/^R3 §12/) });
    }
    // A refusal changed nothing: the draft holds the one document the clerk attached.
    expect(expectOk(await clerk.get<{ documents: unknown[] }>(`/cases/${draft.caseId}`)).documents).toHaveLength(1);
  });

  it('an agency system with its API key still acts; the record names the system and its client id', async () => {
    const system = exchange.api('sending-body', 'ministry-of-finance');
    const opened = await openWithPackage(system, { receiverId: 'ministry-of-justice' });
    await submit(system, opened.caseId);
    const timeline = expectOk(await system.get<Timeline>(`/cases/${opened.caseId}/timeline`));
    const submitted = timeline.entries.find((e) => e.event === 'ProposalSubmitted');
    // The dev keys' client is `<agency>-dev-system` (API_KEYS may name each key's clientId).
    expect(submitted?.details?.by).toEqual({ kind: 'system', subject: 'ministry-of-finance-dev-system', name: 'ministry-of-finance ministry-of-finance-dev-system' });
  });
});
