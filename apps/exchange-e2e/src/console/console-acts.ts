import type { Page } from 'playwright-core';
import { waitFor } from '@sx/testing';
import { screenshotOnFailure, seriousA11yViolations } from '../support/browser';

/** Shows a page of the console without reloading it (a reload would sign in again: the token is in memory only). */
export async function showCase(page: Page, caseId: string): Promise<void> {
  await page.evaluate(`location.hash = ${JSON.stringify(caseId ? `#/case/${encodeURIComponent(caseId)}` : '#/cases')}`);
}

/** Polls from the test (the console's CSP forbids the string evaluation page.waitForFunction needs). */
export const until = (check: () => Promise<boolean>, description: string, timeoutMs = 30_000): Promise<true> =>
  waitFor(async () => ((await check()) ? true : undefined), { timeoutMs, intervalMs: 200, description });

export const statusOf = (page: Page): Promise<string | null> => page.textContent('.badge.status');

/**
 * Takes the act `type` from the acts panel as the official signed in on `page`: waits until the
 * server offers it (the case page follows the case with held reads), opens its confirmation, lets
 * `inDialog` fill the inputs, checks the dialog with axe, confirms, and waits for the step on the swimlane.
 */
export async function actInConsole(page: Page, dir: string, type: string, inDialog?: (page: Page) => Promise<void>): Promise<void> {
  await screenshotOnFailure(page, dir, `act-${type}`, async () => {
    await page.waitForSelector(`section.acts button[data-act="${type}"]`, { timeout: 45_000 });
    await page.click(`section.acts button[data-act="${type}"]`);
    await page.waitForSelector(`[role=dialog] form[data-act="${type}"]`);
    if (inDialog) await inDialog(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.click('[role=dialog] button.agree');
    await page.waitForSelector('[role=dialog]', { state: 'detached', timeout: 30_000 });
    await page.waitForSelector(`tr[data-event="${type}"]`, { timeout: 30_000 });
  });
}

/** Moves the focus with the Tab key alone, as a keyboard user would, until it rests on `selector`. */
export async function tabTo(page: Page, selector: string, maxPresses = 120): Promise<void> {
  for (let i = 0; i < maxPresses; i += 1) {
    if (await page.evaluate(`document.activeElement !== null && document.activeElement.matches(${JSON.stringify(selector)})`)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} not reached with ${maxPresses} presses of Tab`);
}
