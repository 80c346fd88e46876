import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

// The committed documents, and the types derived from them at install, must be what the route
// definitions generate now: a route changed without `npm run contracts:generate` fails here, naming
// the stale files. The generator
// runs as its own process (openapi-typescript loads ES modules Jest's CommonJS runtime cannot).
const CLIENT_ROOT = join(__dirname, '..');
const REPO = join(CLIENT_ROOT, '..', '..');

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)));

const read = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

/** Generated files whose committed copy under `committed` is missing or different. */
const staleFiles = (generated: string, committed: string): string[] =>
  filesUnder(generated).filter((path) => read(join(committed, path)) !== read(join(generated, path)));

describe('generated contract files', () => {
  let generated = '';
  beforeAll(() => {
    generated = mkdtempSync(join(tmpdir(), 'sx-contracts-'));
    execFileSync('npx', ['tsx', 'deploy/contracts/generate-contracts.ts', '--out', generated], { cwd: REPO, stdio: 'pipe' });
  }, 180_000);
  afterAll(() => rmSync(generated, { recursive: true, force: true }));

  it('are up to date with the services’ route definitions (npm run contracts:generate)', () => {
    expect(filesUnder(generated).sort()).toEqual(expect.arrayContaining(['openapi/prime-minister.openapi.json', 'asyncapi/sending-body.asyncapi.json', 'src/generated/exchange-api.ts']));
    expect(staleFiles(generated, CLIENT_ROOT)).toEqual([]);
  });

  it('the check fires: a committed document one operation short is reported stale', () => {
    const committed = mkdtempSync(join(tmpdir(), 'sx-committed-'));
    try {
      cpSync(CLIENT_ROOT, committed, { recursive: true });
      const path = join(committed, 'openapi/sending-body.openapi.json');
      const doc = JSON.parse(readFileSync(path, 'utf8')) as { paths: Record<string, unknown> };
      delete doc.paths['/cases'];
      writeFileSync(path, `${JSON.stringify(doc, null, 2)}\n`);
      expect(staleFiles(generated, committed)).toEqual(['openapi/sending-body.openapi.json']);
    } finally {
      rmSync(committed, { recursive: true, force: true });
    }
  });
});
