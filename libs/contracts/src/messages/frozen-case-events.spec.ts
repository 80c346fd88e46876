import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CASE_EVENT_MESSAGE_VERSION } from './case-event.schema';
import { CaseEventWireSchema } from './case-event-wire.schema';
import { caseEventsJsonSchema, wireContractJsonSchema, withoutDescriptions } from './frozen-case-events';

type Frozen = { events: { oneOf: Array<{ properties: Record<string, { type?: string }> }> }; payload: { properties: Record<string, unknown> } };
const wireJsonSchema = (): unknown => JSON.parse(JSON.stringify(z.toJSONSchema(CaseEventWireSchema, { io: 'input', unrepresentable: 'any' })));

// The case messages' version is a promise to every other party: a step recorded under version 3 means
// the same at every service, whichever release it runs. The rules' events, the payload with its signed
// records, and the receipt are copied out into this frozen contract; when a change would alter it, this
// test fails until the change ships as a new message version (CASE_EVENT_MESSAGE_VERSION + 1, with its
// own frozen file), never inside version 3.
describe(`case messages v${CASE_EVENT_MESSAGE_VERSION}: frozen wire contract`, () => {
  const frozen = JSON.parse(readFileSync(join(__dirname, `case-events.v${CASE_EVENT_MESSAGE_VERSION}.frozen.json`), 'utf8')) as Frozen;

  it('the events, the payload with its records, and the receipt are exactly the frozen contract of the current version', () => {
    expect(wireContractJsonSchema()).toEqual(frozen);
  });

  it('the frozen records bind their case, candidate and package and name who decided', () => {
    const record = JSON.stringify(frozen.payload);
    for (const field of ['caseId', 'ruleSet', 'edition', 'candidateHash', 'package', 'by']) expect(record).toContain(`"${field}"`);
  });

  it('would catch a change: one more event field is a different contract', () => {
    const changed = JSON.parse(JSON.stringify(frozen)) as Frozen;
    const first = changed.events.oneOf[0];
    if (first) first.properties['addedByARulesChange'] = { type: 'string' };
    expect(wireContractJsonSchema()).not.toEqual(changed);
  });

  it('would catch a change: one more payload field is a different contract', () => {
    const changed = JSON.parse(JSON.stringify(frozen)) as Frozen;
    changed.payload.properties['addedByAContractChange'] = { type: 'string' };
    expect(wireContractJsonSchema()).not.toEqual(changed);
  });

  // The documents show the events through a described copy (case-event-wire.schema.ts): its
  // descriptions are annotations for integrators; everything else must be the frozen schema.
  it('the documented wire copy of the events is the frozen schema plus descriptions, every field described', () => {
    const wire = wireJsonSchema();
    expect(withoutDescriptions(wire)).toEqual(frozen.events);
    expect(caseEventsJsonSchema()).toEqual(frozen.events);
    const fields = JSON.stringify(wire).match(/"description":/g) ?? [];
    expect(fields.length).toBeGreaterThan(100);
  });

  it('would catch a copy that checks something else: a field of another type is not the frozen schema', () => {
    const changed = JSON.parse(JSON.stringify(frozen)) as Frozen;
    const on = changed.events.oneOf[0]?.properties['on'];
    if (on) on.type = 'number';
    expect(withoutDescriptions(wireJsonSchema())).not.toEqual(changed.events);
  });
});
