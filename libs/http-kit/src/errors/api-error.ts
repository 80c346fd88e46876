import type { LocalizedText } from '../i18n/localized-text';

export type ErrorDetails = Readonly<Record<string, unknown>>;

/** One reason the law says no, as `@sx/rules` reports it (matched by shape, not by class). */
export interface Violation {
  readonly code: string;
  readonly cite: string;
  readonly text: LocalizedText;
  readonly details?: ErrorDetails;
}

/**
 * An error the API means to return: the status and a stable code clients switch on. Codes, not
 * classes, cross processes, so callers never need `instanceof` on the other side.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: LocalizedText,
    readonly options: { readonly cite?: string; readonly details?: ErrorDetails; readonly violations?: readonly Violation[] } = {},
  ) {
    super(`${code}: ${text.en}`);
    this.name = 'ApiError';
  }
}

/** Thrown by a handler when a use case reports violations of the law (all of them at once). */
export class ViolationsError extends Error {
  constructor(
    readonly violations: readonly Violation[],
    /** 422 for "the law does not allow this", 409 for "not in the case's current state". */
    readonly status: 409 | 422 = 422,
  ) {
    super(violations.map((v) => `${v.code} (${v.cite})`).join('; '));
    this.name = 'ViolationsError';
  }
}
