import type { Cite } from './citation';
import type { LocalizedText } from './localized-text';

/**
 * One reason the law says no. Codes are stable strings (they cross processes where `instanceof`
 * cannot); `cite` names the paragraph; `text` explains it in kk/ru/en.
 */
export interface RuleViolation {
  readonly code: string;
  readonly cite: Cite;
  readonly text: LocalizedText;
  readonly details?: Readonly<Record<string, string | number | boolean | null>>;
}

/** Thrown by rule functions whose caller broke a precondition (e.g. a date outside the calendar). */
export class RuleError extends Error {
  constructor(readonly violations: readonly RuleViolation[]) {
    super(violations.map((v) => `${v.code} (${v.cite}): ${v.text.en}`).join('; '));
    this.name = 'RuleError';
  }
}

/** The result of a check that reports every failure at once, never only the first. */
export type Checked<T> = { ok: true; value: T } | { ok: false; violations: readonly RuleViolation[] };
