import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/**
 * The operator token: the credential of the operators' endpoints (the JSON counters at GET /metrics).
 * Unset, those endpoints refuse everyone: closed by default.
 */
const operatorEnvSchema = z.object({ SX_OPERATOR_TOKEN: z.string().min(24, 'SX_OPERATOR_TOKEN: at least 24 characters').optional() });

export function operatorToken(env: NodeJS.ProcessEnv): string | undefined {
  return operatorEnvSchema.parse(env).SX_OPERATOR_TOKEN;
}

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

/** Whether an `Authorization` header carries the operator token (compared in constant time). */
export function isOperator(authorization: string | undefined, token: string | undefined): boolean {
  if (!token || !authorization?.startsWith('Bearer ')) return false;
  return timingSafeEqual(digest(authorization.slice('Bearer '.length)), digest(token));
}
