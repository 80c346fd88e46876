import type { LocalizedText } from '@sx/rules';

/**
 * What kind of "no" a refusal is. Only the edges translate it: HTTP to a status (not-found 404,
 * forbidden 403, conflict 409, stale 412, invalid 422, too-large 413, unavailable 503), AMQP to a dead-letter reason
 * (its `code`). Inside, every use case and the event log speak only in refusals.
 */
export type RefusalKind = 'not-found' | 'forbidden' | 'conflict' | 'stale' | 'invalid' | 'too-large' | 'unavailable';

/** One reason the law says no, as `@sx/rules` reports it. */
export interface RefusalViolation {
  readonly code: string;
  readonly cite: string;
  readonly text: LocalizedText;
  readonly details?: Readonly<Record<string, unknown>>;
}

export interface RefusalOptions {
  /** The paragraph of the law (or the SPEC section) behind the refusal, e.g. `R3 §13`. */
  readonly cite?: string;
  readonly details?: Readonly<Record<string, unknown>>;
  /** Every violation, when the rules returned several. */
  readonly violations?: readonly RefusalViolation[];
}

/** A domain "no": a stable code, its kind, the citation and kk/ru/en text. Nothing changed. */
export class Refusal extends Error {
  constructor(
    readonly kind: RefusalKind,
    readonly code: string,
    readonly text: LocalizedText,
    readonly options: RefusalOptions = {},
  ) {
    super(`${code}: ${text.en}`);
    this.name = 'Refusal';
  }
}

/** The rules' violations as one refusal: the only one's code, or RULES.VIOLATED for several. */
export function refusalOfViolations(violations: readonly RefusalViolation[], kind: RefusalKind = 'invalid'): Refusal {
  const [only] = violations;
  if (violations.length === 1 && only) return new Refusal(kind, only.code, only.text, { cite: only.cite, violations, ...(only.details ? { details: only.details } : {}) });
  const codes = violations.map((v) => `${v.code} (${v.cite})`).join('; ');
  return new Refusal(kind, 'RULES.VIOLATED', { kk: `Ереже бұзылды: ${codes}`, ru: `Нарушены правила: ${codes}`, en: `The rules are violated: ${codes}` }, { violations });
}

// Matched by shape as well as by class: a class from another module instance (tsx, bundles) fails `instanceof`.
export const isRefusal = (e: unknown): e is Refusal =>
  e instanceof Refusal || (e instanceof Error && e.name === 'Refusal' && typeof (e as Partial<Refusal>).code === 'string' && typeof (e as Partial<Refusal>).kind === 'string');
