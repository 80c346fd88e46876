import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CASE_EVENT_MESSAGE_VERSION } from './case-event.schema';
import { CaseEventWireSchema } from './case-event-wire.schema';
import { caseEventsJsonSchema } from './frozen-case-events';

/** A JSON Schema without its `description`s: what is left is what a message must be. */
const withoutDescriptions = (schema: unknown): unknown =>
  JSON.parse(JSON.stringify(schema), (key, value: unknown) => (key === 'description' ? undefined : value));
const wireJsonSchema = (): unknown => JSON.parse(JSON.stringify(z.toJSONSchema(CaseEventWireSchema, { io: 'input', unrepresentable: 'any' })));

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

  // The documents show the events through a described copy (case-event-wire.schema.ts): its
  // descriptions are annotations for integrators; everything else must be the frozen schema.
  it('the documented wire copy is the frozen schema plus descriptions, every field described', () => {
    const wire = wireJsonSchema();
    expect(withoutDescriptions(wire)).toEqual(frozen);
    const fields = JSON.stringify(wire).match(/"description":/g) ?? [];
    expect(fields.length).toBeGreaterThan(100);
  });

  it('would catch a copy that checks something else: a field of another type is not the frozen schema', () => {
    const changed = JSON.parse(JSON.stringify(frozen)) as { oneOf: Array<{ properties: Record<string, { type?: string }> }> };
    const on = changed.oneOf[0]?.properties['on'];
    if (on) on.type = 'number';
    expect(withoutDescriptions(wireJsonSchema())).not.toEqual(changed);
  });
});
