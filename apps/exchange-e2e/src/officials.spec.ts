/**
 * Officials act as themselves (issue #18): tokens from the local identity provider (a real process,
 * signed in through its login form) on the real services. A preparer may open and prepare a case but
 * not decide (R3 §13: the receiving body's head decides); a signatory's decision is taken and the
 * signed record names them.
 */
import { caseAt, expectOk, openWithPackage, submit } from './support/case-flows';
import { useExchange } from './support/exchange';

const exchange = useExchange({ officials: true });

it('R3 §13: a preparer of the receiving body cannot agree (403 AUTH.NOT_SIGNATORY); its signatory can, and the record names them', async () => {
  const sender = await exchange.officialApi('sending-body', 'preparer@ministry-of-finance');
  const opened = await openWithPackage(sender, { receiverId: 'ministry-of-justice', fullName: 'Asel Preparer' });
  // Submitting the proposal is the sending body's decision (R3 §12): a signatory's act.
  await submit(await exchange.officialApi('sending-body', 'signatory@ministry-of-finance'), opened.caseId);

  const preparer = await exchange.officialApi('receiving-body', 'preparer@ministry-of-justice');
  await caseAt(preparer, opened.caseId, 1);
  const refused = await preparer.post<{ error: { code: string; cite?: string } }>(`/cases/${opened.caseId}/steps`, { type: 'ProposalAgreed' });
  expect(refused.status).toBe(403);
  expect(refused.body.error).toMatchObject({ code: 'AUTH.NOT_SIGNATORY', cite: expect.stringMatching(/^R3 §13/) });

  const signatory = await exchange.officialApi('receiving-body', 'signatory@ministry-of-justice');
  expectOk(await signatory.post(`/cases/${opened.caseId}/steps`, { type: 'ProposalAgreed' }));
  const timeline = expectOk(await signatory.get<{ entries: { event: string; details?: { by?: unknown } }[] }>(`/cases/${opened.caseId}/timeline`));
  const agreed = timeline.entries.find((e) => e.event === 'ProposalAgreed');
  expect(agreed?.details?.by).toMatchObject({ kind: 'person', subject: 'signatory@ministry-of-justice', issuer: exchange.identityProvider.issuer });
}, 120_000);
