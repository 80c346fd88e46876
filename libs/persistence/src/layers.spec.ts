import { join } from 'node:path';
import { checkImportLayers } from '@sx/import-graph';

// Issue #23: the persistence library's layers, from the bottom up (the detector is shown to fire in
// libs/testing/src/import-layers.spec.ts). The case module's stores sit on the collections below them;
// `cases` wraps the case log.
const LAYERS = [
  ['duplicate-key', 'transient-retry', 'command-counter', 'deterministic-id', 'logger', 'mongo-deployment', 'ferretdb'],
  ['mongo-connection', 'typed-collection'],
  ['case-log'],
  ['cases', 'dues', 'files', 'receipts', 'idempotency', 'webhooks'],
  ['index'],
];

describe('libs/persistence layers', () => {
  const report = checkImportLayers(join(__dirname), LAYERS);
  it('no import runs back up the layers', () => expect(report.upward).toEqual([]));
  it('no import cycle', () => expect(report.cycles).toEqual([]));
});
