import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkImportLayers } from '@sx/import-graph';

/** A small library in a temporary folder: path → source. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'sx-layers-'));
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), source);
  }
  return root;
}

describe('checkImportLayers, the detector behind the libraries’ layer tests', () => {
  it('passes a library whose imports all go down', () => {
    const root = tree({ 'low/a.ts': 'export const a = 1;', 'high/b.ts': "import { a } from '../low/a';\nexport const b = a;", 'index.ts': "export * from './high/b';" });
    expect(checkImportLayers(root, [['low'], ['high'], ['index']])).toEqual({ upward: [], cycles: [] });
  });

  it('fires on an import that runs back up, and on a folder no layer names', () => {
    const root = tree({ 'low/a.ts': "import { b } from '../high/b';\nexport const a = b;", 'high/b.ts': 'export const b = 1;', 'stray/c.ts': "import { b } from '../high/b';" });
    const report = checkImportLayers(root, [['low'], ['high']]);
    expect(report.upward).toEqual(['low/a.ts → high/b.ts (low/ 0 → high/ 1)', 'stray/c.ts: stray/ is on no layer']);
  });

  it('lets the groups of one layer use each other, and a top-level file be a layer of its own', () => {
    const root = tree({ 'low/a.ts': "import { c } from '../side/c';\nexport const a = c;", 'side/c.ts': 'export const c = 1;', 'top.ts': "export * from './low/a';" });
    expect(checkImportLayers(root, [['low', 'side'], ['top']])).toEqual({ upward: [], cycles: [] });
    expect(checkImportLayers(root, [['side'], ['low'], ['top']]).upward).toEqual([]);
    expect(checkImportLayers(root, [['low'], ['side'], ['top']]).upward).toEqual(['low/a.ts → side/c.ts (low/ 0 → side/ 1)']);
  });

  it('fires on a cycle between files, even inside one layer', () => {
    const root = tree({ 'low/a.ts': "import { b } from './b';\nexport const a = 1;", 'low/b.ts': "import { a } from './a';\nexport const b = a;" });
    expect(checkImportLayers(root, [['low']]).cycles).toEqual([['low/a.ts', 'low/b.ts']]);
  });
});
