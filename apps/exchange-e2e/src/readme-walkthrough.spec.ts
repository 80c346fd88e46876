import { missingTools, readmeShellBlock, runBash, WALKTHROUGH_TOOLS } from './support/readme-block';
import { useExchange } from './support/exchange';

// Issue #10: the README's curl walk-through is run verbatim, with `bash -euo pipefail`, against the
// five services started here (real RabbitMQ + FerretDB, the real clock): any failing command (curl
// -f on an HTTP error, jq -e on an unexpected answer, cmp, the audit check) fails the test.
describe("README: Integrating an agency's system (walk-through with curl)", () => {
  const exchange = useExchange();
  const block = readmeShellBlock("Integrating an agency's system (walk-through with curl)");
  const urls = () => ({ SB: exchange.url('sending-body'), RB: exchange.url('receiving-body'), PM: exchange.url('prime-minister') });

  it('the machine has every tool the walk-through names (bash, curl, jq, sha256sum)', () => {
    expect(missingTools(WALKTHROUGH_TOOLS)).toEqual([]);
    for (const tool of ['curl', 'jq', 'sha256sum']) expect(block).toContain(tool);
  });

  it('runs as written, from opening the case to the verified audit chain, waiting with afterSeq instead of sleeping', async () => {
    expect(block).not.toMatch(/\bsleep\b/);
    const started = Date.now();
    const run = await runBash(block, urls(), 150_000);
    console.log(`README walk-through: exit ${run.code} in ${Date.now() - started} ms\n${run.stdout.slice(-3000)}${run.stderr.slice(-3000)}`);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/OrderIssued/);
    expect(run.stdout).toMatch(/6 steps/);
  });

  it('fails when a command fails (the check can fire): the same block against a service that is not there', async () => {
    const run = await runBash(block, { ...urls(), SB: 'http://127.0.0.1:9' }, 30_000);
    expect(run.code).not.toBe(0);
  });
});
