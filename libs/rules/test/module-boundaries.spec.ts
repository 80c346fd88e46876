import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

// The rules library is the law as pure code: the workspace lint must refuse any import of transport,
// persistence or our infra libs into it (design notes: apps → infra → contracts → rules).
const root = join(__dirname, '../../..');

function lintAsRulesFile(source: string): { status: number | null; output: string } {
  const r = spawnSync('npx', ['eslint', '--stdin', '--stdin-filename', 'libs/rules/src/boundary-probe.ts'], {
    cwd: root,
    input: source,
    encoding: 'utf8',
  });
  return { status: r.status, output: r.stdout + r.stderr };
}

describe('module boundaries of libs/rules', () => {
  it.each(['express', 'amqplib', 'mongoose', '@sx/messaging', '@sx/persistence'])(
    'lint fails when libs/rules imports %s',
    (pkg) => {
      const r = lintAsRulesFile(`import * as m from '${pkg}';\nexport const probe = m;\n`);
      expect(r.status).toBe(1);
      expect(r.output).toMatch(/enforce-module-boundaries/);
    },
  );

  it('lint passes when libs/rules imports zod only', () => {
    const r = lintAsRulesFile(`import { z } from 'zod';\nexport const probe = z.string();\n`);
    expect(r.output).toBe('');
    expect(r.status).toBe(0);
  });
});
