import { isRefusal, type RefusalKind } from '@sx/contracts';
import type { Language, LocalizedText } from '../i18n/localized-text';
import { ApiError, ViolationsError, type ErrorDetails, type Violation } from './api-error';
import type { ErrorBody } from '@sx/contracts';
import { apiErrorText } from './messages';

export interface MappedError {
  readonly status: number;
  readonly body: ErrorBody;
  /** True when the failure is ours, not the caller's: log it with its stack. */
  readonly unexpected: boolean;
}

interface Parts {
  status: number;
  code: string;
  text: LocalizedText;
  cite?: string;
  details?: ErrorDetails | unknown;
  violations?: readonly Violation[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

const isText = (v: unknown): v is LocalizedText =>
  isRecord(v) && typeof v.kk === 'string' && typeof v.ru === 'string' && typeof v.en === 'string';

export const isViolation = (v: unknown): v is Violation =>
  isRecord(v) && typeof v.code === 'string' && typeof v.cite === 'string' && isText(v.text);

// `@sx/rules`' RuleError and anything else carrying `violations` — matched by shape because a class
// from another package (or another module instance under tsx) fails `instanceof`.
const violationsOf = (e: unknown): readonly Violation[] | undefined =>
  isRecord(e) && Array.isArray(e.violations) && e.violations.length > 0 && e.violations.every(isViolation)
    ? (e.violations as Violation[])
    : undefined;

function fromViolations(violations: readonly Violation[], status: number): Parts {
  const [only] = violations;
  if (violations.length === 1 && only) return { status, code: only.code, cite: only.cite, text: only.text, violations };
  return { status, code: 'RULES.VIOLATED', text: apiErrorText('RULES.VIOLATED'), violations };
}

// body-parser and the router mark their errors with `type` / `status`; they are the caller's fault, never a 500.
function fromHttpLayer(e: Record<string, unknown>): Parts | undefined {
  const status = typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' ? e.statusCode : undefined;
  if (e.type === 'entity.parse.failed') return { status: 400, code: 'REQUEST.MALFORMED_JSON', text: apiErrorText('REQUEST.MALFORMED_JSON') };
  if (e.type === 'entity.too.large') return { status: 413, code: 'REQUEST.TOO_LARGE', text: apiErrorText('REQUEST.TOO_LARGE'), details: { limitBytes: e.limit } };
  if (e.type === 'entity.shape.exceeded') return { status: 400, code: 'REQUEST.TOO_DEEP', text: apiErrorText('REQUEST.TOO_DEEP'), details: { exceeded: e.exceeded, limits: e.limits } };
  // The router's "Failed to decode param": a bad %-escape in the path.
  if (e instanceof URIError) return { status: 400, code: 'REQUEST.MALFORMED_URL', text: apiErrorText('REQUEST.MALFORMED_URL') };
  if (status !== undefined && status >= 400 && status < 500 && (typeof e.type === 'string' || e.expose === true)) {
    return { status, code: 'REQUEST.INVALID', text: apiErrorText('REQUEST.INVALID'), details: { reason: typeof e.type === 'string' ? e.type : 'http' } };
  }
  return undefined;
}

/** The HTTP edge's reading of a domain refusal's kind. */
const REFUSAL_STATUS: Readonly<Record<RefusalKind, number>> = { 'not-found': 404, forbidden: 403, conflict: 409, stale: 412, invalid: 422, 'too-large': 413, unavailable: 503 };

function parts(error: unknown): Parts | undefined {
  if (isRefusal(error)) return { status: REFUSAL_STATUS[error.kind], code: error.code, text: error.text, ...error.options };
  if (error instanceof ApiError) return { status: error.status, code: error.code, text: error.text, ...error.options };
  if (error instanceof ViolationsError) return fromViolations(error.violations, error.status);
  const many = violationsOf(error);
  if (many) return fromViolations(many, 422);
  if (isViolation(error)) return fromViolations([error], 422);
  return isRecord(error) ? fromHttpLayer(error) : undefined;
}

export function mapError(error: unknown, language: Language): MappedError {
  const known = parts(error);
  const p: Parts = known ?? { status: 500, code: 'INTERNAL', text: apiErrorText('INTERNAL') };
  return {
    status: p.status,
    unexpected: known === undefined || p.status >= 500,
    body: {
      error: {
        code: p.code,
        message: p.text[language],
        text: p.text,
        ...(p.cite ? { cite: p.cite } : {}),
        ...(p.violations ? { violations: [...p.violations] } : {}),
        ...(p.details !== undefined ? { details: p.details } : {}),
      },
    },
  };
}
