import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASE_EVENT_MESSAGE_VERSION } from './case-event.schema';
import { caseEventsJsonSchema } from './frozen-case-events';

// The case messages' version is a promise to every other party: a step recorded under version 2 means
// the same at every service, whichever release it runs. The rules' events are copied out into this
// frozen schema; when a rules change would alter it, this test fails until the change ships as a new
// message version (CASE_EVENT_MESSAGE_VERSION + 1, with its own frozen file), never inside version 2.
describe(`case event messages v${CASE_EVENT_MESSAGE_VERSION}: frozen contract`, () => {
  const frozen = JSON.parse(readFileSync(join(__dirname, `case-events.v${CASE_EVENT_MESSAGE_VERSION}.frozen.json`), 'utf8')) as unknown;

  it('the rules’ events are exactly the frozen wire schema of the current message version', () => {
    expect(caseEventsJsonSchema()).toEqual(frozen);
  });

  it('would catch a change: one more event field is a different contract', () => {
    const changed = JSON.parse(JSON.stringify(frozen)) as { oneOf?: Array<{ properties?: Record<string, unknown> }> };
    const first = changed.oneOf?.[0];
    expect(first?.properties).toBeDefined();
    if (first?.properties) first.properties['addedByARulesChange'] = { type: 'string' };
    expect(caseEventsJsonSchema()).not.toEqual(changed);
  });
});
