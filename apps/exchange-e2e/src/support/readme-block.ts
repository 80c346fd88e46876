import { execFile, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '@sx/testing';

/** What the README's walk-through needs on the machine (deploy/scripts/walkthrough-tools.sh installs curl and jq). */
export const WALKTHROUGH_TOOLS = ['bash', 'curl', 'jq', 'sha256sum'] as const;

/** The first ```bash block after a README heading, verbatim. */
export function readmeShellBlock(heading: string, readme = join(REPO_ROOT, 'README.md')): string {
  const text = readFileSync(readme, 'utf8');
  const at = text.indexOf(`\n## ${heading}`);
  if (at < 0) throw new Error(`README has no section "## ${heading}"`);
  const block = /```bash\n([\s\S]*?)\n```/.exec(text.slice(at));
  if (!block?.[1]) throw new Error(`README section "${heading}" has no bash block`);
  return block[1];
}

export const missingTools = (tools: readonly string[]): string[] =>
  tools.filter((tool) => {
    try {
      execFileSync('bash', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });

export interface ScriptRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a script as a user would save and run it: `bash -euo pipefail`, from the repository root. */
export function runBash(script: string, env: Readonly<Record<string, string>>, timeoutMs: number): Promise<ScriptRun> {
  return new Promise((resolve) => {
    execFile('bash', ['-euo', 'pipefail', '-c', script], { cwd: REPO_ROOT, env: { ...process.env, ...env }, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
