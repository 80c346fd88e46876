/**
 * Dead letters from the command line (`npm run dlq`), end to end: the sending body rotates to a
 * signing key the receiving body does not know yet, so the proposal it submits is dead-lettered at the
 * receiver as SIGNATURE_UNKNOWN_KEY. The operator lists it by service and reason, adds the key to the
 * receiver's ring (a restart with the new SX_PUBLIC_KEYS), replays it, and the case continues: the
 * receiver holds the proposal and agrees, and the sender sees the agreement.
 *
 * It fires: without the replay (or with the replay sent anywhere but the original route) the receiver
 * never reaches step 1 and `caseAt` times out.
 */
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { SERVICE_NAMES, type ServiceName } from '@sx/contracts';
import { devKeyRing } from '@sx/messaging';
import { REPO_ROOT, waitFor } from '@sx/testing';
import { caseAt, openWithPackage, readCase, step, submit } from './support/case-flows';
import { useExchange } from './support/exchange';

const exchange = useExchange({ env: { SX_FIXED_NOW: '2026-03-18T10:00:00+05:00' } });
const SENDER = ['sending-body', 'ministry-of-finance'] as const;
const RECEIVER = ['receiving-body', 'ministry-of-justice'] as const;

const spki = (k: KeyObject): string => k.export({ format: 'pem', type: 'spki' }).toString();
const pkcs8 = (k: KeyObject): string => k.export({ format: 'pem', type: 'pkcs8' }).toString();

/** Every service's dev public key by kid, plus `extra` keys: a ring as SX_PUBLIC_KEYS holds it. */
function publicKeysJson(extra: Partial<Record<ServiceName, Record<string, string>>>): string {
  const ring: Record<string, Record<string, string>> = {};
  for (const k of devKeyRing('sending-body').publicKeys) ring[k.service] = { ...ring[k.service], [k.keyId]: spki(k.publicKey) };
  for (const [service, keys] of Object.entries(extra)) ring[service] = { ...ring[service], ...keys };
  return JSON.stringify(ring);
}

/** The same keys a service had from SX_DEV_KEYS=1, given explicitly, with a ring of public keys. */
function explicitKeys(service: ServiceName, publicKeys: string, signing = devKeyRing(service).signingKey): Record<string, string> {
  return { SX_SIGNING_PRIVATE_KEY: pkcs8(signing.privateKey), SX_SIGNING_KEY_ID: signing.keyId, SX_PUBLIC_KEYS: publicKeys };
}

function dlq(...args: string[]): string {
  return execFileSync('npx', ['tsx', 'deploy/scripts/dlq.ts', ...args], {
    cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, AMQP_URL: exchange.run.amqpUrl, SX_AMQP_PREFIX: exchange.run.prefix },
  });
}

interface ListedLetter {
  readonly messageId: string;
  readonly type: string;
  readonly reasonCode: string;
}

it('a message dead-lettered for an unknown signing key is replayed after the key is added, and its case continues', async () => {
  const sender = () => exchange.api(...SENDER);
  const receiver = () => exchange.api(...RECEIVER);
  expect(SERVICE_NAMES).toContain(SENDER[0]);

  // The sender rotates to a new key; only its own ring lists it so far.
  const rotated = generateKeyPairSync('ed25519');
  const rotatedKid = 'sending-body:rotated-1';
  const withRotated = publicKeysJson({ 'sending-body': { [rotatedKid]: spki(rotated.publicKey) } });
  await exchange.killAndRestart('sending-body', 0, explicitKeys('sending-body', withRotated, { service: 'sending-body', keyId: rotatedKid, privateKey: rotated.privateKey }));

  const draft = await openWithPackage(sender(), { receiverId: RECEIVER[1] });
  await submit(sender(), draft.caseId);

  // The receiver cannot verify it: the proposal is dead-lettered with its reason.
  const letters = await waitFor(() => {
    const listed = JSON.parse(dlq('list', '--service', 'receiving-body', '--reason', 'SIGNATURE_UNKNOWN_KEY', '--json')) as ListedLetter[];
    return listed.length > 0 ? listed : undefined;
  }, { timeoutMs: 30_000, intervalMs: 500, description: 'the proposal to be dead-lettered at the receiver' });
  expect(letters).toEqual([expect.objectContaining({ type: 'ProposalSubmitted', reasonCode: 'SIGNATURE_UNKNOWN_KEY' })]);
  expect(await readCase(receiver(), draft.caseId)).toBeUndefined();
  // Listing takes nothing off the queue.
  expect(JSON.parse(dlq('list', '--service', 'receiving-body', '--json'))).toHaveLength(1);

  // The cause fixed: the receiver's ring gets the new key. Then the dead letter is replayed.
  await exchange.killAndRestart('receiving-body', 0, explicitKeys('receiving-body', withRotated));
  expect(dlq('replay', '--service', 'receiving-body', '--reason', 'SIGNATURE_UNKNOWN_KEY')).toContain(letters[0]?.messageId);

  // The case continues: the receiver holds the proposal, agrees, and the sender sees it.
  await caseAt(receiver(), draft.caseId, 1);
  await step(receiver(), draft.caseId, { type: 'ProposalAgreed' });
  const agreed = await caseAt(sender(), draft.caseId, 2);
  expect(agreed.events.map((e: { event: { type: string } }) => e.event.type)).toEqual(['ProposalSubmitted', 'ProposalAgreed']);
  expect(JSON.parse(dlq('list', '--service', 'receiving-body', '--json'))).toEqual([]);
}, 240_000);
