import { z } from 'zod';
import type { RateLimits } from '@sx/http-kit';

/**
 * Limits of the HTTP edge (per API key, per IP on failed authentication) and the test-only mutant
 * switch. Defaults suit agency systems; tests that create many cases fast raise SX_RATE_LIMIT_PER_KEY.
 */
export const edgeVariablesSchema = z.object({
  SX_RATE_LIMIT_PER_KEY: z.coerce.number().int().positive().default(1200),
  SX_RATE_LIMIT_WINDOW_S: z.coerce.number().int().positive().default(60),
  SX_AUTH_FAILURES_PER_IP: z.coerce.number().int().positive().default(20),
  SX_AUTH_FAILURE_WINDOW_S: z.coerce.number().int().positive().default(900),
  SX_AUTH_BLOCK_S: z.coerce.number().int().positive().default(900),
  /**
   * TESTS ONLY: switches a check off so a detector (fuzz, tenant matrix) can prove it fires.
   * `no-auth` lets any key, or none, act as the service's first agency; `no-party-check` shows a
   * case to an agency that is not a party. Refused unless SX_DEV_KEYS=1 outside production.
   */
  SX_TEST_MUTANT: z.enum(['no-auth', 'no-party-check', 'no-signatory-check']).optional(),
});

type EdgeVariables = z.output<typeof edgeVariablesSchema>;
export type TestMutant = NonNullable<EdgeVariables['SX_TEST_MUTANT']>;

export const rateLimitsOf = (v: EdgeVariables): RateLimits => ({
  perKey: { points: v.SX_RATE_LIMIT_PER_KEY, durationS: v.SX_RATE_LIMIT_WINDOW_S },
  authFailuresPerIp: { points: v.SX_AUTH_FAILURES_PER_IP, durationS: v.SX_AUTH_FAILURE_WINDOW_S, blockS: v.SX_AUTH_BLOCK_S },
});

/** Dev keys (signing and API) only on request, and never in production. */
export function devKeysAllowed(devKeys: string | undefined, production: boolean, ctx: z.RefinementCtx): boolean {
  if (devKeys === undefined || devKeys === '0') return false;
  if (devKeys !== '1') ctx.addIssue({ code: 'custom', path: ['SX_DEV_KEYS'], message: '1 (derived dev keys) or unset' });
  else if (production) ctx.addIssue({ code: 'custom', path: ['SX_DEV_KEYS'], message: 'dev keys are refused in production (NODE_ENV=production)' });
  return devKeys === '1' && !production;
}

export function testMutantOf(v: EdgeVariables, devKeys: boolean, ctx: z.RefinementCtx): TestMutant | undefined {
  if (v.SX_TEST_MUTANT !== undefined && !devKeys) {
    ctx.addIssue({ code: 'custom', path: ['SX_TEST_MUTANT'], message: 'a test-only switch: refused unless SX_DEV_KEYS=1' });
    return undefined;
  }
  return v.SX_TEST_MUTANT;
}
