/**
 * Restore drill: the receiving body's database is destroyed mid-run and rebuilt from its last backup
 * (`npm run backup`, `npm run restore`); the steps it took after that backup come back from the
 * other parties, whose next message carries the whole signed log. Nothing is lost: afterwards every
 * party holds the same log.
 *
 * It fires: restoring without `--replace` into the destroyed-and-recreated database, or an archive
 * altered after it was written, makes `npm run restore` exit non-zero (`restore refuses …` below).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { REPO_ROOT } from '@sx/testing';
import { caseAt, openWithPackage, step, submit } from './support/case-flows';
import { dropDatabases } from './support/cleanup';
import { useExchange } from './support/exchange';

const exchange = useExchange({ env: { SX_FIXED_NOW: '2026-03-18T10:00:00+05:00' } });
const dir = mkdtempSync(join(tmpdir(), 'sx-restore-'));

function npm(script: 'backup' | 'restore', ...args: string[]): string {
  return execFileSync('npx', ['tsx', `deploy/scripts/${script}.ts`, ...args], {
    cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, MONGO_URL_RECEIVING_BODY: exchange.run.mongoUrls['receiving-body'], SX_DEV_KEYS: '1' },
  });
}

const eventTypes = (c: { events: { event: { type: string } }[] }): string[] => c.events.map((e) => e.event.type);

it('a service’s database destroyed mid-run is restored from its last backup and its cases catch up from the other parties', async () => {
  const sender = () => exchange.api('sending-body', 'ministry-of-finance');
  const receiver = () => exchange.api('receiving-body', 'ministry-of-justice');
  const approver = () => exchange.api('prime-minister', 'prime-minister');

  const draft = await openWithPackage(sender(), { receiverId: 'ministry-of-justice' });
  await submit(sender(), draft.caseId);
  await caseAt(receiver(), draft.caseId, 1);
  const archive = join(dir, 'receiving-body.sxbackup.gz');
  expect(npm('backup', 'receiving-body', '--out', archive)).toContain('cases_log');

  // After the backup the receiver agrees: a step only its lost database and the others' logs hold.
  await step(receiver(), draft.caseId, { type: 'ProposalAgreed' });
  await caseAt(sender(), draft.caseId, 2);

  // The database is destroyed, restored from the backup, and the service restarted on it.
  await dropDatabases([exchange.run.mongoUrls['receiving-body']]);
  const restored = npm('restore', archive, '--replace');
  expect(restored).toContain('every chain verified (1)');
  await exchange.killAndRestart('receiving-body', 0);
  expect(eventTypes(await caseAt(receiver(), draft.caseId, 1))).toEqual(['ProposalSubmitted']);

  // The case goes on; the approver's grant carries the whole log back to the receiver.
  await step(sender(), draft.caseId, { type: 'ApprovalRequested' });
  await caseAt(approver(), draft.caseId, 3);
  await step(approver(), draft.caseId, { type: 'ApprovalGranted' });
  const atReceiver = await caseAt(receiver(), draft.caseId, 4);
  const atSender = await caseAt(sender(), draft.caseId, 4);
  expect(eventTypes(atReceiver)).toEqual(['ProposalSubmitted', 'ProposalAgreed', 'ApprovalRequested', 'ApprovalGranted']);
  expect(atReceiver.events).toEqual(atSender.events);
}, 240_000);

it('restore refuses a database that is not empty, and an archive altered after it was written', () => {
  const archive = join(dir, 'receiving-body.sxbackup.gz');
  expect(() => npm('restore', archive)).toThrow(/not empty/);
  const lines = gunzipSync(readFileSync(archive)).toString('utf8').split('\n');
  const altered = join(dir, 'altered.sxbackup.gz');
  writeFileSync(altered, gzipSync(lines.map((l, i) => (i === 1 ? l.replace(/"rev"/, '"rev" ') : l)).join('\n')));
  expect(() => npm('restore', altered, '--replace')).toThrow(/does not match its header/);
});
