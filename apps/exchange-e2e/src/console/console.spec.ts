/**
 * The officials' console in a real browser against the five real services: officials sign in at the
 * local identity provider's login page (Authorization Code + PKCE; the token in memory only), the overdue list, a case's swimlane, an approval from the
 * Prime Minister's inbox that then shows in every party's console, the three languages, and axe's
 * accessibility check on each page (0 serious or critical violations).
 */
import type { Browser, Page } from 'playwright-core';
import { caseAt, expectOk, openWithPackage, step } from '../support/case-flows';
import { launchChromium, openConsole, screenshotOnFailure, seriousA11yViolations } from '../support/browser';
import { useExchange } from '../support/exchange';
import { JANUARY_2026, walkToActive } from '../support/walk-to-active';
import { showCase, tabTo } from './console-acts';
import { ensureJaeger, JAEGER_EXPORT_ENV } from '../support/jaeger';

const FINANCE = ['sending-body', 'ministry-of-finance'] as const;
const JUSTICE = ['receiving-body', 'ministry-of-justice'] as const;
const PM = ['prime-minister', 'prime-minister'] as const;

beforeAll(() => ensureJaeger(), 900_000);
const exchange = useExchange({ env: JAEGER_EXPORT_ENV, officials: true });
let browser: Browser;
let dateBackCase: string;
let overdueCase: string;
let awaitingCase: string;

beforeAll(async () => {
  browser = await launchChromium();
  const finance = exchange.api(...FINANCE);
  const justice = exchange.api(...JUSTICE);
  // Dated 19 January by the sender: the receiver's ten working days (R3 §13) still run from its own receipt, today.
  dateBackCase = (await openWithPackage(finance, { receiverId: 'ministry-of-justice', fullName: 'Dana Datedback' })).caseId;
  expectOk(await finance.post(`/cases/${dateBackCase}/proposal`, { on: '2026-01-19' }));
  // Served since January; an offence found on 2 February was never reported: the receiver's five working days (R3 §9) ran out long ago.
  overdueCase = await walkToActive(exchange, 'R3', { dates: JANUARY_2026 });
  await step(justice, overdueCase, { type: 'DisciplinaryOffenceFound', on: '2026-02-02' });
  // Agreed and sent for approval: awaits the Prime Minister (R3 §11(2), §15).
  awaitingCase = (await openWithPackage(finance, { receiverId: 'ministry-of-justice', fullName: 'Aruzhan Awaiting' })).caseId;
  expectOk(await finance.post(`/cases/${awaitingCase}/proposal`, {}));
  await caseAt(justice, awaitingCase, 1);
  await step(justice, awaitingCase, { type: 'ProposalAgreed' });
  await caseAt(finance, awaitingCase, 2);
  await step(finance, awaitingCase, { type: 'ApprovalRequested' });
  await caseAt(exchange.api(...PM), awaitingCase, 3);
  await caseAt(justice, dateBackCase, 1);
}, 180_000);
afterAll(() => browser?.close());

/** The party's signatory, signed in through the provider's login page; `hash` is where the console opens. */
const consoleOf = (party: readonly [Parameters<typeof exchange.url>[0], string], hash = ''): Promise<Page> =>
  openConsole(browser, exchange.url(party[0]), `signatory@${party[1]}`, hash);

it('signs in at the identity provider with no secret kept by the page, and lists the overdue case', async () => {
  const page = await consoleOf(JUSTICE);
  await screenshotOnFailure(page, exchange.run.dir, 'overdue-list', async () => {
    // Evaluated in the page (a string: the test's own tsconfig has no DOM). No token in any storage or
    // cookie: only the language is kept for the tab.
    const stored = await page.evaluate(`[localStorage.length, document.cookie, JSON.stringify(Object.keys(sessionStorage))]`);
    expect(stored).toEqual([0, '', '["sx.console.language"]']);
    await page.selectOption('select[name=owed]', 'overdue');
    await page.waitForSelector(`tr[data-case-id="${overdueCase}"]`);
    expect(await page.locator(`tr[data-case-id="${awaitingCase}"]`).count()).toBe(0);
    expect(await page.locator(`tr[data-case-id="${dateBackCase}"]`).count()).toBe(0);
    expect(await page.textContent(`tr[data-case-id="${overdueCase}"] .countdown`)).toMatch(/^-\d+ /);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});

it('R3 §13: opens a case: its swimlane, the open obligation with its due date and rule, the documents with SHA-256', async () => {
  const page = await consoleOf(JUSTICE);
  await screenshotOnFailure(page, exchange.run.dir, 'case-page', async () => {
    await page.click(`tr[data-case-id="${dateBackCase}"] a`);
    await page.waitForSelector('tr[data-event="ProposalSubmitted"]');
    expect(await page.textContent('tr[data-event="ProposalSubmitted"]')).toContain('R3 §12');
    expect(await page.textContent('table.obligations')).toContain('R3 §13');
    expect(await page.locator('.documents code.sha').count()).toBe(5);
    expect(await page.textContent('tr[data-party="sender"] .last-seq')).toBe('1');
    expect(await page.textContent('tr[data-party="sender"]')).toContain('sending-body');
    expect(await page.textContent('tr[data-party="receiver"] .last-seq')).toBe('—');
    // The audit chain with the receiving body's own verdict on it (GET /cases/{id}/audit).
    await page.waitForSelector('dl.audit');
    expect(await page.getAttribute('dl.audit', 'data-verified')).toBe('true');
    expect(await page.locator('dl.audit .chain-verified').count()).toBe(1);
    expect(await page.textContent('dl.audit .chain-length')).toBe('1');
    expect(await page.textContent('dl.audit .head-hash')).toMatch(/^[0-9a-f]{64}$/);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});

it('R3 §15: the Prime Minister agrees from the approval inbox, and the step shows in every party’s console', async () => {
  const pm = await consoleOf(PM);
  await screenshotOnFailure(pm, exchange.run.dir, 'approval-inbox', async () => {
    await pm.click('nav a[href="#/inbox"]');
    const card = `article[data-case-id="${awaitingCase}"]`;
    await pm.waitForSelector(`${card} .documents`);
    await pm.waitForSelector(`${card} table.conditions`);
    // R3 §3 (the first heads' agreement, a vacant position) and R3 §10: every condition, cited, in
    // Kazakh; the Prime Minister holds no facts, so each is the sender's declaration, vouched for by
    // its signed ProposalSubmitted step (seq 1).
    const verdicts = await pm.$$eval(`${card} tr.condition`, (rows) => rows.map((r) => [r.getAttribute('data-cite'), r.getAttribute('data-status')]));
    expect(verdicts).toEqual([
      ...['R3 §3', 'R3 §3', 'R3 §10(1)', 'R3 §10(2)', 'R3 §10(3)', 'R3 §10(4)', 'R3 §10(5)', 'R3 §10(6)'].map((c) => [c, 'declared']),
      // R3 §12: the package the Prime Minister's service received, checked by it.
      ...['R3 §12', 'R3 §12(1)', 'R3 §12(2)', 'R3 §12(3)', 'R3 §12(4)'].map((c) => [c, 'passed']),
    ]);
    expect(await pm.textContent(`${card} tr.condition[data-cite="R3 §10(4)"]`)).toContain('«тиімді» мәнімен бағаланған');
    expect(await pm.textContent(`${card} tr.condition[data-cite="R3 §10(4)"]`)).toContain('Жіберушінің мәлімдемесі');
    expect(await pm.getAttribute(`${card} .declaration`, 'data-seq')).toBe('1');
    expect(await pm.textContent(`${card} .declaration`)).toContain('ministry-of-finance');
    expect(await seriousA11yViolations(pm)).toEqual([]);
    await pm.click(`${card} button.agree`);
    await pm.waitForSelector(card, { state: 'detached' });
  });
  for (const party of [FINANCE, JUSTICE, PM]) {
    const page = await consoleOf(party, `#/case/${awaitingCase}`);
    await screenshotOnFailure(page, exchange.run.dir, `granted-at-${party[0]}`, async () => {
      await page.waitForSelector('tr[data-event="ApprovalRequested"]');
      // The case page follows the case (held reads): the step shows without a reload.
      await page.waitForSelector('tr[data-event="ApprovalGranted"]', { timeout: 20_000 });
      expect(await page.textContent('tr[data-event="ApprovalGranted"]')).toMatch(/[0-9a-f]{32}/); // its trace id
    });
  }
});

it('speaks Kazakh by default, and Russian or English on request', async () => {
  const page = await consoleOf(FINANCE);
  await screenshotOnFailure(page, exchange.run.dir, 'languages', async () => {
    const seen = async () => [await page.getAttribute('html', 'lang'), await page.textContent('main h1')];
    expect(await seen()).toEqual(['kk', 'Менің істерім']);
    // The page re-renders, then sets <html lang> in an effect: wait for both before reading.
    const switchTo = async (lang: string) => {
      await page.selectOption('select[name=language]', lang);
      await page.waitForSelector(`html[lang="${lang}"]`, { state: 'attached' });
    };
    await switchTo('ru');
    expect(await seen()).toEqual(['ru', 'Мои дела']);
    await switchTo('en');
    expect(await seen()).toEqual(['en', 'My cases']);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});

it('draws the case’s trace as one waterfall across the services', async () => {
  const page = await consoleOf(FINANCE);
  await screenshotOnFailure(page, exchange.run.dir, 'trace-view', async () => {
    // Hash navigation only: a reload would sign in again (the token is in memory only).
    const showTrace = () => page.evaluate(`location.hash = '#/trace/${awaitingCase}'`);
    await showTrace();
    await page.waitForSelector('.waterfall li');
    for (let attempt = 0; attempt < 40; attempt++) {
      const services = await page.$$eval('.waterfall .service', (els) => [...new Set(els.map((e) => e.textContent))]);
      if (['sending-body', 'receiving-body', 'prime-minister'].every((s) => services.includes(s))) break;
      await page.waitForTimeout(300);
      await showCase(page, '');
      await page.waitForSelector('main section h1');
      await showTrace();
      await page.waitForSelector('.waterfall li');
    }
    const services = await page.$$eval('.waterfall .service', (els) => [...new Set(els.map((e) => e.textContent))].sort());
    expect(services).toEqual(expect.arrayContaining(['prime-minister', 'receiving-body', 'sending-body']));
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});

it('R3 §13: offers the receiver only the acts the rules allow, confirms with the paragraph and the next term, and a decision on a stale copy shows the refusal and the fresh state (keyboard only)', async () => {
  const page = await consoleOf(JUSTICE);
  await screenshotOnFailure(page, exchange.run.dir, 'act-stale', async () => {
    await showCase(page, dateBackCase);
    await page.waitForSelector('section.acts button[data-act]');
    const offered = await page.$$eval('section.acts button[data-act]', (bs) => bs.map((b) => b.getAttribute('data-act')).sort());
    expect(offered).toEqual(expect.arrayContaining(['ProposalAgreed', 'ProposalRefused']));
    expect(offered).not.toContain('ApprovalRequested'); // the sender's, not the receiver's
    expect(await seriousA11yViolations(page)).toEqual([]);
    // Keyboard alone: Tab to the act, open it with Enter, Tab to the reason and type it, confirm with Enter.
    await tabTo(page, 'section.acts button[data-act="ProposalRefused"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[role=dialog] form[data-act="ProposalRefused"]');
    expect(await page.textContent('[role=dialog]')).toContain('R3 §');
    expect(await seriousA11yViolations(page)).toEqual([]);
    // Meanwhile another official of the receiver agrees through the API: the copy on screen is stale.
    await step(exchange.api(...JUSTICE), dateBackCase, { type: 'ProposalAgreed' });
    await tabTo(page, '#act-field-reason');
    await page.keyboard.type('Лауазым бос емес');
    // The reason is a text area (Enter is a new line there): Tab to Confirm, then Enter.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=stale] [role=alert]');
    expect(await page.textContent('[data-testid=stale] code.code')).toBe('CASE.STALE_VERSION');
    await page.waitForSelector('tr[data-event="ProposalAgreed"]');
    expect(await page.locator('tr[data-event="ProposalRefused"]').count()).toBe(0);
  });
});
