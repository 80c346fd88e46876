import { z } from 'zod';
import { CaseEventSchema } from '@sx/rules';

/**
 * The wire contract's view of the rules' events: their JSON Schema, as a message version freezes it.
 * `case-events.v2.frozen.json` is that schema for the current version (CASE_EVENT_MESSAGE_VERSION),
 * written by `npx tsx libs/contracts/scripts/write-catalog.ts --freeze` only when a new version is added.
 */
export const caseEventsJsonSchema = (): unknown => JSON.parse(JSON.stringify(z.toJSONSchema(CaseEventSchema, { io: 'input', unrepresentable: 'any' })));
