import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkImportLayers } from '@sx/import-graph';

// Issue #23: the library's layers, from the bottom up. Each folder imports only its own layer's
// neighbours' files or those below; nothing runs back up and no files import each other round in a
// circle. The detector itself is shown to fire in libs/testing/src/import-layers.spec.ts. The stores
// are not a layer here: they live in @sx/persistence, the one persistence home.
const LAYERS = [
  ['agencies', 'authorization', 'case-view', 'tracing', 'testing'],
  ['receipts'],
  ['context'],
  ['event-log'],
  ['http'],
  ['use-cases'],
  ['webhooks'],
  ['runtime'],
  ['case-module'],
  ['api-surface', 'console'],
  ['create-case-module'],
  ['start-service', 'api-documents'],
  ['index'],
];

describe('libs/case-exchange layers', () => {
  const report = checkImportLayers(join(__dirname), LAYERS);

  it('no import runs back up the layers', () => {
    expect(report.upward).toEqual([]);
  });

  it('no import cycle', () => {
    expect(report.cycles).toEqual([]);
  });

  it('no use case or event-log file but the HTTP edges (*.http.ts) uses an HTTP error type: refusals are domain refusals', () => {
    const domainFiles = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return domainFiles(path);
        return path.endsWith('.ts') && !/\.(spec|http)\.ts$/.test(path) ? [path] : [];
      });
    const offending = ['use-cases', 'event-log'].flatMap((d) => domainFiles(join(__dirname, d))).filter((f) => /\b(ApiError|ViolationsError)\b/.test(readFileSync(f, 'utf8')));
    expect(offending).toEqual([]);
  });
});
