/**
 * Issue #19: an R3 case walked from opening to active entirely through the console, in Chromium, on the
 * real services, each act by a dev official of the right party signed in through the identity
 * provider's login page (issue #18 item 5: Authorization Code + PKCE, the token in memory only). The
 * preparer of the Ministry of Finance opens the case and uploads the package; the signatories decide:
 * the Ministry of Justice agrees and appoints (R3 §13, §16), the Prime Minister approves (R3 §11(2), §15),
 * the Ministry of Finance submits, requests approval, issues the order and sends the personal file.
 * Axe finds 0 serious or critical violations on each page and dialog.
 */
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { REPO_ROOT } from '@sx/testing';
import { eligibleCandidate } from '../support/case-flows';
import { launchChromium, openConsole, screenshotOnFailure, seriousA11yViolations } from '../support/browser';
import { useExchange } from '../support/exchange';
import { actInConsole, showCase, statusOf, until } from './console-acts';

const exchange = useExchange({ officials: true });
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 300_000);
afterAll(() => browser?.close());

/**
 * Screenshots taken on the way: into the run's folder, or with SX_DOCS_SCREENSHOTS=1 into docs/ for the
 * README (`SX_DOCS_SCREENSHOTS=1 npx jest …/console-walk.spec.ts`), so a test run leaves the tree clean.
 */
const doc = (page: Page, name: string) =>
  page.screenshot({ path: join(process.env['SX_DOCS_SCREENSHOTS'] === '1' ? join(REPO_ROOT, 'docs') : exchange.run.dir, `console-${name}.png`), fullPage: true });

/** The package as files on disk, named by kind (the drop zone assigns them by name). */
function packageFiles(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'sx-package-'));
  return ['reasoned-letter', 'nomination', 'cv', 'service-record', 'written-consent'].map((kind) => {
    const file = join(dir, `${kind}.pdf`);
    writeFileSync(file, `%PDF-1.4 ${kind} ${Math.random()}`);
    return file;
  });
}

async function fillCandidate(page: Page, fullName: string): Promise<void> {
  const facts = eligibleCandidate() as Record<string, unknown>;
  await page.selectOption('#f-receiverId', 'ministry-of-justice');
  await page.fill('#f-reference', `01-12/${Math.floor(Math.random() * 100000)}`);
  await page.fill('#f-fullName', fullName);
  await page.fill('#f-position', 'Chief expert');
  for (const flag of ['vacantPosition', 'firstHeadsAgreed', 'meetsQualificationRequirements']) await page.check(`input[name=${flag}]`);
  await page.fill('#f-senderServiceStart', String(facts['senderServiceStart']));
  await page.fill('#f-writtenConsentDate', String(facts['writtenConsentDate']));
  const ratings = facts['performanceRatings'] as { year: number }[];
  for (const [i, r] of ratings.entries()) {
    await page.fill(`#f-rating-year-${i}`, String(r.year));
    await page.selectOption(`#f-rating-${i}`, 'effective');
  }
}

it('R3 from opening to active, every act in the console by an official of the right party', async () => {
  const sending = exchange.url('sending-body');
  // The preparer opens the case: the form, then the package (several files at once, SHA-256 shown, one replaced).
  const preparer = await openConsole(browser, sending, 'preparer@ministry-of-finance');
  const caseId = await screenshotOnFailure(preparer, exchange.run.dir, 'walk-open', async () => {
    expect(await preparer.evaluate(`[localStorage.length, document.cookie, JSON.stringify(Object.keys(sessionStorage))]`)).toEqual([0, '', '["sx.console.language"]']);
    await preparer.click('nav a[href="#/new"]');
    await preparer.waitForSelector('#f-receiverId option[value="ministry-of-justice"]', { state: 'attached' });
    // Checked as typed: nothing filled yet, the form says what is missing and sends nothing.
    await preparer.click('form button.primary');
    expect(await preparer.locator('.field-problem').count()).toBeGreaterThan(0);
    await fillCandidate(preparer, 'Aigerim Console');
    expect(await seriousA11yViolations(preparer)).toEqual([]);
    await preparer.click('form button.primary');
    await preparer.waitForSelector('section.package-upload');
    const id = decodeURIComponent(new URL(preparer.url()).hash.replace('#/case/', ''));
    await preparer.setInputFiles('#package-files', packageFiles());
    await preparer.waitForSelector('tr[data-kind="written-consent"][data-state="uploaded"]');
    await until(async () => (await preparer.locator('table.package tr[data-state="uploaded"]').count()) === 5, 'five documents uploaded');
    const shaBefore = await preparer.textContent('tr[data-kind="cv"] code.sha');
    expect(shaBefore).toMatch(/^[0-9a-f]{64}$/);
    // Replace the CV: a new file, a new fingerprint, still five documents.
    const [newCv] = packageFiles().filter((f) => f.endsWith('cv.pdf'));
    await preparer.setInputFiles('#file-cv', newCv ?? '');
    await until(async () => (await preparer.textContent('tr[data-kind="cv"] code.sha')) !== shaBefore && (await preparer.getAttribute('tr[data-kind="cv"]', 'data-state')) === 'uploaded', 'the CV replaced');
    // Every condition, with its paragraph, before submitting.
    await preparer.waitForSelector('table.conditions tr.condition[data-cite="R3 §10(4)"]');
    await preparer.waitForSelector('tr.condition[data-cite="R3 §12(4)"][data-status="passed"]');
    expect(await preparer.locator('tr.condition[data-status="failed"]').count()).toBe(0);
    expect(await seriousA11yViolations(preparer)).toEqual([]);
    await doc(preparer, 'package-upload');
    return id;
  });

  // The sending body's signatory submits (R3 §12): a decision, the preparer's console would be refused.
  const finance = await openConsole(browser, sending, 'signatory@ministry-of-finance', `#/case/${caseId}`);
  await actInConsole(finance, exchange.run.dir, 'ProposalSubmitted', async () => {
    expect(await seriousA11yViolations(finance)).toEqual([]);
    await doc(finance, 'confirmation');
  });
  const justice = await openConsole(browser, exchange.url('receiving-body'), 'signatory@ministry-of-justice', `#/case/${caseId}`);
  await actInConsole(justice, exchange.run.dir, 'ProposalAgreed');
  await actInConsole(finance, exchange.run.dir, 'ApprovalRequested');
  const pm = await openConsole(browser, exchange.url('prime-minister'), 'signatory@prime-minister', `#/case/${caseId}`);
  await actInConsole(pm, exchange.run.dir, 'ApprovalGranted');
  await actInConsole(justice, exchange.run.dir, 'AppointmentDecided', async (dialog) => {
    await dialog.fill('#act-field-startsOn', '2026-04-01');
  });
  await actInConsole(finance, exchange.run.dir, 'OrderIssued', async (dialog) => {
    await dialog.fill('#act-field-effectiveFrom', '2026-04-01');
  });
  await actInConsole(finance, exchange.run.dir, 'PersonalFileTransferred');
  await screenshotOnFailure(finance, exchange.run.dir, 'walk-active', async () => {
    await until(async () => (await statusOf(finance)) === 'active', 'the case active at the sender');
    expect(await statusOf(finance)).toBe('active');
    // The signed record names who decided: the Prime Minister's signatory, on the sender's copy.
    expect(await finance.textContent('tr[data-event="ApprovalGranted"]')).toContain('Signatory');
    expect(await seriousA11yViolations(finance)).toEqual([]);
    await doc(finance, 'case-page');
    await showCase(finance, '');
    await finance.waitForSelector(`tr[data-case-id="${caseId}"]`);
    await doc(finance, 'work-list');
  });
}, 600_000);
