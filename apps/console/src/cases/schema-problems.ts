import { Validator, type OutputUnit, type Schema } from '@cfworker/json-schema';
import type { MessageKey } from '../i18n/messages';

export type FieldProblems = Partial<Record<string, MessageKey>>;
export type { Schema };

const DATE_FIELDS = new Set(['senderServiceStart', 'writtenConsentDate', 'politicalPositionStart', 'nationalBankWorkStart']);
const MISSING = /required property "([^"]+)"/;

/** The form's name for the value at a JSON pointer of the request body (`#/candidate/eligibility/performanceRatings/1/year` → `rating-year-1`). */
export function fieldOf(pointer: string): string {
  const parts = pointer.replace(/^#\/?/, '').split('/').filter((p) => p !== '');
  const [a, b, c, i, leaf] = parts;
  if (a === 'candidate' && b === 'eligibility' && c === 'performanceRatings' && i !== undefined) return leaf === 'rating' ? `rating-${i}` : `rating-year-${i}`;
  return parts.at(-1) ?? '';
}

const valueAt = (body: unknown, pointer: string): unknown =>
  pointer.replace(/^#\/?/, '').split('/').filter((p) => p !== '').reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), body);

/** The message for one failed keyword of the API's schema; undefined for the keywords that only hold others (properties, items). */
function messageOf(e: OutputUnit, field: string, value: unknown): MessageKey | undefined {
  if (e.keyword === 'required' || ((e.keyword === 'minLength' || e.keyword === 'pattern') && value === '')) return 'required';
  if (e.keyword === 'pattern' || e.keyword === 'format') return DATE_FIELDS.has(field) ? 'badDate' : 'badFormat';
  if (e.keyword === 'maxLength') return 'tooLong';
  if (e.keyword === 'type' || e.keyword === 'minimum' || e.keyword === 'maximum' || e.keyword === 'multipleOf') return 'badNumber';
  if (e.keyword === 'enum' || e.keyword === 'const') return 'required';
  return undefined;
}

/**
 * What the API's own schema (the request body of its OpenAPI document, generated from the zod schema
 * the server validates with) says of `body`, by form field: the form checks as the user types with the
 * very rules the server applies, and never keeps a second copy of them.
 */
export function schemaProblems(schema: Schema, body: unknown): FieldProblems {
  const { errors } = new Validator(schema, '2020-12', false).validate(body);
  const found: FieldProblems = {};
  for (const e of errors) {
    const missing = e.keyword === 'required' ? MISSING.exec(e.error)?.[1] : undefined;
    const field = missing ?? fieldOf(e.instanceLocation);
    const message = messageOf(e, field, missing === undefined ? valueAt(body, e.instanceLocation) : undefined);
    if (message && field !== '' && found[field] === undefined) found[field] = message;
  }
  return found;
}
