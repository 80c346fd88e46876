import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO_ROOT } from '@sx/testing';

/**
 * Debian's chromium (installed with apt by deploy/scripts/chromium-up.sh when missing) driven by
 * playwright-core: no browser download. The console is built first if its sources changed.
 */
export async function launchChromium(): Promise<Browser> {
  const out = execFileSync('bash', [join(REPO_ROOT, 'deploy/scripts/chromium-up.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  execFileSync('bash', [join(REPO_ROOT, 'deploy/scripts/console-build.sh')], { stdio: 'inherit' });
  const executablePath = out.trim().split('\n').at(-1) ?? '/usr/bin/chromium';
  return chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'] });
}

/**
 * A fresh browser (own cookies and session storage) signed in to one service's console as the dev
 * official `login` (e.g. `signatory@ministry-of-justice`): the console's Sign in button, the identity
 * provider's own login page (login and password typed), and back with the code (Authorization Code + PKCE).
 */
export async function openConsole(browser: Browser, baseUrl: string, login: string, hash = ''): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${baseUrl}/console/${hash}`);
  await signInThroughProvider(page, login);
  return page;
}

/** From the console's sign-in page through the provider's login form, back to the console signed in. */
export async function signInThroughProvider(page: Page, login: string): Promise<void> {
  const consoleOrigin = new URL(page.url()).origin;
  await page.click('button.sign-in-button');
  await page.waitForSelector('input[name=login]');
  await page.fill('input[name=login]', login);
  await page.fill('input[name=password]', DEV_PASSWORD);
  await page.click('form:has(input[name=password]) button');
  await page.waitForURL((u) => u.origin === consoleOrigin);
  await page.waitForSelector(`.official[data-subject="${login}"]`);
}

/** The local provider's dev password (apps/identity-provider; it refuses to run in production). */
const DEV_PASSWORD = 'dev-password';

/** Runs a browser step; on failure, saves a screenshot next to the run's logs and rethrows. */
export async function screenshotOnFailure<T>(page: Page, dir: string, name: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    const artifacts = join(dir, 'screenshots');
    mkdirSync(artifacts, { recursive: true });
    const file = join(artifacts, `${name.replace(/[^a-z0-9-]+/gi, '-')}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    throw new Error(`${(err as Error).message}\n(screenshot: ${file})`, { cause: err });
  }
}

/** axe-core's serious and critical violations on the page as it is now (each with its first node). */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes[0]?.target.join(' ') ?? ''})`);
}
