import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  page.on('console', (m) => console.log('console:', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  await page.goto('http://127.0.0.1:3001/console/');
  await page.fill('#api-key', 'dev-key-ministry-of-finance-0000');
  await page.click('button[type=submit]');
  await page.waitForSelector('main section h1');
  console.log('h1', await page.textContent('main h1'), await page.getAttribute('html', 'lang'));
  const axe = async (label: string) => {
    const r = await new AxeBuilder({ page }).analyze();
    console.log(label, r.violations.map((v) => `${v.impact} ${v.id} ${v.nodes.length} ${v.nodes[0]?.target}`));
  };
  await axe('list');
  const caseId = process.argv[2] as string;
  await page.goto(`http://127.0.0.1:3001/console/#/case/${caseId}`);
  await page.waitForSelector('tr[data-event="ProposalSubmitted"]');
  await axe('case');
  await page.screenshot({ path: 'docs/console-case-page.png', fullPage: true });
  await page.goto(`http://127.0.0.1:3001/console/#/trace/${caseId}`);
  await page.waitForSelector('main section h1, .failure');
  console.log('trace page:', (await page.textContent('main'))?.slice(0, 300));
  await axe('trace');
  await browser.close();
})().catch((e) => { console.error(e); process.exit(1); });
