// `npm run demo`: against the system `npm start` runs, one case of each procedure (R3, R1, R2) from
// proposal to active, every step through the HTTP API of the agency that takes it, as the agencies'
// own systems would; then each case's history as every party's service recorded it.
// Service URLs: http://127.0.0.1:3001…3005, or SX_URL_SENDING_BODY, SX_URL_RECEIVING_BODY, …
import { addWorkingDays, eligibleCandidateOn, legalDateOf } from '@sx/rules';
import { caseAt, DemoError, openCase, party, printHistory, requireRunning, step, submit, type CaseBody, type Eligibility } from './demo/api';

/** A candidate who meets R1 §10, R2 §11 and R3 §10 today. */
const eligibility = (overrides: Record<string, unknown> = {}): Eligibility => eligibleCandidateOn(legalDateOf(new Date()), overrides);

// The secondment starts a month of working days from today (the services date every step today).
const startsOn = addWorkingDays(legalDateOf(new Date()), 20);

const finance = party('sending-body', 'ministry-of-finance');
const justice = party('receiving-body', 'ministry-of-justice');
const primeMinister = party('prime-minister', 'prime-minister');
const mfa = party('foreign-affairs', 'mfa');
const akimat = party('receiving-body', 'akimat-almaty');
const presidentialAdministration = party('presidential-administration', 'presidential-administration');

const say = (line: string): void => console.log(`  ${line}`);
const expectStatus = (c: CaseBody, status: string): void => {
  if (c.status !== status) throw new DemoError(`case ${c.caseId}: expected status ${status}, got ${c.status}`);
};

/** R3: Ministry of Finance → Ministry of Justice; a central executive body receives, so the Prime Minister approves (R3 §11(2)). */
async function r3(): Promise<void> {
  console.log('\nR3: ministry-of-finance seconds a civil servant to ministry-of-justice');
  const { caseId } = await openCase(finance, 'ministry-of-justice', 'Aigerim Nurlanovna Sadykova', eligibility());
  const submitted = await submit(finance, caseId);
  say(`${caseId}: ministry-of-finance submits the proposal (${submitted.ruleSet}, ${submitted.status})`);
  await caseAt(justice, caseId, 1);
  await step(justice, caseId, { type: 'ProposalAgreed' });
  say('ministry-of-justice agrees');
  await caseAt(finance, caseId, 2);
  await step(finance, caseId, { type: 'ApprovalRequested' });
  say('ministry-of-finance requests approval');
  await caseAt(primeMinister, caseId, 3);
  await step(primeMinister, caseId, { type: 'ApprovalGranted' });
  say('the Prime Minister approves');
  await caseAt(justice, caseId, 4);
  await step(justice, caseId, { type: 'AppointmentDecided', startsOn });
  say(`ministry-of-justice decides the appointment from ${startsOn}`);
  await caseAt(finance, caseId, 5);
  expectStatus(await step(finance, caseId, { type: 'OrderIssued', effectiveFrom: startsOn }), 'active');
  say('ministry-of-finance issues the secondment order: active');
  await printHistory('R3 ministry-of-finance → ministry-of-justice', caseId, [[finance, 6], [justice, 6], [primeMinister, 4]]);
}

/** R1: the MFA → Akimat of Almaty; an "other state body" receives, so the Head of the Presidential Administration approves (R1 §11(1)). */
async function r1(): Promise<void> {
  console.log('\nR1: mfa seconds a member of its diplomatic service personnel to akimat-almaty');
  const { caseId } = await openCase(mfa, 'akimat-almaty', 'Dauren Serikovich Abenov', eligibility({ diplomaticServicePersonnel: true }));
  const submitted = await submit(mfa, caseId);
  say(`${caseId}: mfa submits the proposal (${submitted.ruleSet}, ${submitted.status})`);
  await caseAt(akimat, caseId, 1);
  await step(akimat, caseId, { type: 'ProposalAgreed' });
  say('akimat-almaty agrees');
  await caseAt(mfa, caseId, 2);
  await step(mfa, caseId, { type: 'ApprovalRequested' });
  say('mfa requests approval');
  await caseAt(presidentialAdministration, caseId, 3);
  await step(presidentialAdministration, caseId, { type: 'ApprovalGranted' });
  say('the Head of the Presidential Administration approves');
  await caseAt(akimat, caseId, 4);
  await step(akimat, caseId, { type: 'AppointmentDecided', startsOn });
  say(`akimat-almaty decides the appointment from ${startsOn}`);
  await caseAt(mfa, caseId, 5);
  expectStatus(await step(mfa, caseId, { type: 'OrderIssued', effectiveFrom: startsOn }), 'active');
  say('mfa issues the secondment order: active');
  await step(mfa, caseId, { type: 'PersonalFileTransferred' });
  say('mfa sends the order and the personal file');
  await printHistory('R1 mfa → akimat-almaty', caseId, [[mfa, 7], [akimat, 7], [presidentialAdministration, 4]]);
}

/** R2: Ministry of Finance → Embassy in Berlin; the MFA reviews and orders, the Presidential Administration approves (R2 §16). */
async function r2(): Promise<void> {
  console.log('\nR2: ministry-of-finance seconds a civil servant to embassy-berlin through the MFA');
  const { caseId } = await openCase(finance, 'embassy-berlin', 'Madina Erlanovna Tulegenova', eligibility());
  const submitted = await submit(finance, caseId);
  say(`${caseId}: ministry-of-finance submits the proposal (${submitted.ruleSet}, ${submitted.status})`);
  await caseAt(mfa, caseId, 1);
  await step(mfa, caseId, { type: 'CandidateInterviewed' });
  say('mfa checks the documents and interviews the candidate');
  await step(mfa, caseId, { type: 'ProposalAgreed' });
  say('mfa agrees');
  await caseAt(finance, caseId, 3);
  await step(finance, caseId, { type: 'ApprovalRequested' });
  say('ministry-of-finance writes to the Presidential Administration');
  await caseAt(presidentialAdministration, caseId, 4);
  await step(presidentialAdministration, caseId, { type: 'ApprovalGranted' });
  say('the Presidential Administration approves');
  await caseAt(mfa, caseId, 5);
  await step(mfa, caseId, { type: 'OrderIssued', effectiveFrom: startsOn });
  say(`mfa issues its order, effective ${startsOn}`);
  await caseAt(finance, caseId, 6);
  expectStatus(await step(finance, caseId, { type: 'SenderOrderIssued', dispatchedOn: startsOn }), 'active');
  say('ministry-of-finance issues its order and dispatches the person: active');
  await printHistory('R2 ministry-of-finance → embassy-berlin', caseId, [[finance, 7], [mfa, 7], [presidentialAdministration, 5]]);
}

async function main(): Promise<void> {
  await requireRunning();
  console.log(`Secondment Exchange demo: three cases, every step through the agencies' HTTP APIs (secondments start ${startsOn})`);
  for (const procedure of [r3, r1, r2]) await procedure();
  console.log(`\nDone: three cases active (R3, R1, R2); above, each party's own record of each case.`);
}

main().catch((error: unknown) => {
  process.stderr.write(`\ndemo failed: ${error instanceof DemoError ? error.message : error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
