import { join } from 'node:path';
import { checkImportLayers, type Layers } from '@sx/import-graph';

// The layers of the libraries under the case module, from the bottom up: nothing runs back up and no
// files import each other round (the detector is shown to fire in import-layers.spec.ts). The case
// module and the stores keep their own lists beside their code (libs/case-exchange, libs/persistence).
// The lists live here, not in each library, because a spec of contracts or http-kit that imported
// this library would tie them to it in a circle (testing → http-kit → contracts → testing).
const LIBRARIES: readonly (readonly [string, Layers])[] = [
  ['contracts', [['common', 'refusals'], ['identity', 'roles', 'http'], ['messages', 'webhooks'], ['catalog', 'testing'], ['envelope'], ['catalog-docs'], ['index']]],
  ['http-kit', [['i18n', 'lifecycle', 'config'], ['errors'], ['idempotency', 'limits'], ['auth'], ['routes'], ['openapi'], ['app'], ['index']]],
  ['messaging', [['signing', 'outbox', 'tracing'], ['amqp'], ['consumer', 'asyncapi'], ['messaging'], ['index']]],
];

describe.each(LIBRARIES)('libs/%s layers', (library, layers) => {
  const report = checkImportLayers(join(__dirname, '../..', library, 'src'), layers);
  it('no import runs back up the layers', () => expect(report.upward).toEqual([]));
  it('no import cycle', () => expect(report.cycles).toEqual([]));
});
