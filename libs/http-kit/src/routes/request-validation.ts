import { z } from 'zod';
import { ApiError } from '../errors/api-error';
import { apiErrorText } from '../errors/messages';

// Keys beginning with `$` are MongoDB operators: a `{"$ne": null}` that reaches a filter turns a
// lookup into "match anything". Rejected everywhere, whatever the schema says.
export function operatorKeyPaths(value: unknown, path: (string | number)[] = [], found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v, i) => operatorKeyPaths(v, [...path, i], found));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, v] of Object.entries(value)) {
      if (key.startsWith('$')) found.push([...path, key].join('.'));
      operatorKeyPaths(v, [...path, key], found);
    }
  }
  return found;
}

/** Top-level objects become strict: an unknown key is a mistake or a probe, never ignored. */
export const strict = <S extends z.ZodType>(schema: S): z.ZodType =>
  schema instanceof z.ZodObject ? schema.strict() : schema;

export type RequestPart = 'params' | 'query' | 'body';

export interface RequestIssue {
  readonly in: RequestPart;
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

export function invalidRequest(issues: readonly RequestIssue[]): ApiError {
  return new ApiError(400, 'REQUEST.INVALID', apiErrorText('REQUEST.INVALID'), { details: { issues } });
}

/** Parses one part of the request (schema already `strict`), collecting issues instead of throwing on the first. */
export function parsePart(part: RequestPart, schema: z.ZodType | undefined, value: unknown, issues: RequestIssue[]): unknown {
  if (!schema) return undefined;
  const operators = operatorKeyPaths(value);
  for (const path of operators) {
    issues.push({ in: part, path, code: 'operator_key', message: 'keys starting with "$" are not allowed' });
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      issues.push({ in: part, path: issue.path.map(String).join('.'), code: issue.code, message: issue.message });
    }
    return undefined;
  }
  return operators.length ? undefined : parsed.data;
}
