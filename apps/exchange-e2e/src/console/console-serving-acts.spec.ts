/**
 * Issue #19: the acts of a secondment under way, each through the console in Chromium by an official of
 * the right party signed in at the identity provider's login page: the term extended (R3 §8: the
 * receiver's consent through its own service, then the sending body's decision), a disciplinary offence
 * found and reported (R3 §9), a joint early recall proposed and declined with a reason (R3 §18(2)), and
 * the release notified on the term's end (R3 §19). The decline is done with the keyboard alone (Tab,
 * typing, Enter). Cases reach `active` through the API (the walks to active in the console are in
 * console-walk.spec.ts). Axe finds 0 serious or critical violations on each page and dialog.
 */
import type { Browser, Page } from 'playwright-core';
import { addWorkingDays, legalDate } from '@sx/rules';
import { caseAt, expectOk, type CaseBody } from '../support/case-flows';
import { launchChromium, openConsole, screenshotOnFailure, seriousA11yViolations } from '../support/browser';
import { useExchange } from '../support/exchange';
import { JANUARY_2026, walkToActive } from '../support/walk-to-active';
import { actInConsole, statusOf, tabTo, until } from './console-acts';

// The clock is pinned to Wednesday 18 March 2026, so a case that ran since January can reach its term's end.
const TODAY = legalDate('2026-03-18');
const exchange = useExchange({ officials: true, env: { SX_FIXED_NOW: '2026-03-18T10:00:00+05:00' } });
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 300_000);
afterAll(() => browser?.close());

const FINANCE = ['sending-body', 'ministry-of-finance'] as const;
const JUSTICE = ['receiving-body', 'ministry-of-justice'] as const;
type Party = typeof FINANCE | typeof JUSTICE;
const signatoryAt = (party: Party, caseId: string): Promise<Page> => openConsole(browser, exchange.url(party[0]), `signatory@${party[1]}`, `#/case/${caseId}`);
const copyAt = async (party: Party, caseId: string): Promise<CaseBody> => expectOk(await exchange.api(party[0], party[1]).get<CaseBody>(`/cases/${caseId}`));
const lastEventAt = async (party: Party, caseId: string, steps: number) => (await caseAt(exchange.api(party[0], party[1]), caseId, steps)).events.at(-1)?.event;

let serving = '';
let finance: Page;
let justice: Page;

beforeAll(async () => {
  // Served from 1 April 2026 for three years, to 31 March 2029 (R3 §8): seven steps.
  serving = await walkToActive(exchange, 'R3');
  finance = await signatoryAt(FINANCE, serving);
  justice = await signatoryAt(JUSTICE, serving);
}, 300_000);

it('R3 §8: the receiver consents to the extension through its own console and the sending body extends the term, with the person’s consent', async () => {
  await actInConsole(justice, exchange.run.dir, 'ExtensionConsented', async (page) => {
    expect(await page.textContent('[role=dialog]')).toContain('R3 §8');
    await page.fill('#act-field-newTermEndsOn', '2030-01-31');
  });
  await finance.waitForSelector('tr[data-event="ExtensionConsented"]', { timeout: 30_000 });
  await actInConsole(finance, exchange.run.dir, 'ExtensionDecided', async (page) => {
    await page.fill('#act-field-newTermEndsOn', '2030-01-31');
    await page.check('input[name="consentsOf"][value="seconded-person"]');
  });
  expect(await lastEventAt(JUSTICE, serving, 9)).toMatchObject({ type: 'ExtensionDecided', actor: 'sender', newTermEndsOn: '2030-01-31', consentsOf: ['seconded-person'] });
  expect((await copyAt(FINANCE, serving)).status).toBe('active');
}, 300_000);

it('R3 §9: the receiver records a disciplinary offence and reports it to the sending body within its five working days, in the console', async () => {
  await actInConsole(justice, exchange.run.dir, 'DisciplinaryOffenceFound');
  const found = await copyAt(JUSTICE, serving);
  expect(found.obligations.find((o) => o.id === `R3.discipline-report:${TODAY}`)).toMatchObject({ actor: 'receiver', cite: 'R3 §9', due: addWorkingDays(TODAY, 5) });
  await actInConsole(justice, exchange.run.dir, 'DisciplinaryOffenceReported', (page) => page.fill('#act-field-offenceOn', TODAY));
  expect((await copyAt(JUSTICE, serving)).obligations.find((o) => o.id.startsWith('R3.discipline-report'))).toBeUndefined();
  // The sending body gets the report (the finding is the receiver's own record until then).
  expect(await lastEventAt(FINANCE, serving, 11)).toMatchObject({ type: 'DisciplinaryOffenceReported', actor: 'receiver', offenceOn: TODAY });
  await finance.waitForSelector('tr[data-event="DisciplinaryOffenceReported"]', { timeout: 30_000 });
}, 300_000);

it('R3 §18(2): the sending body proposes ending the secondment by joint decision and the receiver declines with a reason, with the keyboard alone; the case stays active', async () => {
  await actInConsole(finance, exchange.run.dir, 'EarlyRecallProposed');
  await justice.waitForSelector('tr[data-event="EarlyRecallProposed"]', { timeout: 30_000 });
  await screenshotOnFailure(justice, exchange.run.dir, 'decline-keyboard', async () => {
    await justice.waitForSelector('section.acts button[data-act="EarlyRecallDeclined"]', { timeout: 30_000 });
    // Tab to the act, open it with Enter; the dialog takes the focus; Tab to the reason, type it; Tab to Confirm, Enter.
    await tabTo(justice, 'section.acts button[data-act="EarlyRecallDeclined"]');
    await justice.keyboard.press('Enter');
    await justice.waitForSelector('[role=dialog] form[data-act="EarlyRecallDeclined"]');
    expect(await justice.evaluate(`document.querySelector('[role=dialog]').contains(document.activeElement)`)).toBe(true);
    expect(await seriousA11yViolations(justice)).toEqual([]);
    await tabTo(justice, '#act-field-reason');
    await justice.keyboard.type('Қызметші жобаны аяқтауы тиіс');
    await tabTo(justice, '[role=dialog] button.agree');
    await justice.keyboard.press('Enter');
    await justice.waitForSelector('[role=dialog]', { state: 'detached', timeout: 30_000 });
    await justice.waitForSelector('tr[data-event="EarlyRecallDeclined"]', { timeout: 30_000 });
  });
  expect(await lastEventAt(FINANCE, serving, 13)).toMatchObject({ type: 'EarlyRecallDeclined', actor: 'receiver', reason: 'Қызметші жобаны аяқтауы тиіс' });
  await finance.waitForSelector('tr[data-event="EarlyRecallDeclined"]', { timeout: 30_000 });
  expect(await statusOf(finance)).toBe('active');
}, 300_000);

it('R3 §19: on the term’s end the receiver notifies the release at least ten working days ahead, in the console, and the sending body sees it', async () => {
  // Served since 2 February 2026 for one month, a term a law sets (R3 §8): its last day was 1 March.
  const ended = await walkToActive(exchange, 'R3', { dates: JANUARY_2026, startsOn: '2026-02-02', termByLaw: { amount: 1, unit: 'months' } });
  const noticeOn = legalDate('2026-02-18');
  const receiver = await signatoryAt(JUSTICE, ended);
  await actInConsole(receiver, exchange.run.dir, 'ReleaseNotified', async (page) => {
    expect(await page.textContent('[role=dialog]')).toContain('R3 §19');
    await page.fill('#act-on', noticeOn);
    await page.fill('#act-field-releaseOn', addWorkingDays(noticeOn, 10));
  });
  await until(async () => (await statusOf(receiver)) === 'release-notified', 'release notified at the receiver');
  expect(await lastEventAt(FINANCE, ended, 9)).toMatchObject({ type: 'ReleaseNotified', actor: 'receiver', on: noticeOn, releaseOn: addWorkingDays(noticeOn, 10) });
  const sender = await signatoryAt(FINANCE, ended);
  await until(async () => (await statusOf(sender)) === 'release-notified', 'release notified at the sender');
  expect(await seriousA11yViolations(sender)).toEqual([]);
}, 300_000);
