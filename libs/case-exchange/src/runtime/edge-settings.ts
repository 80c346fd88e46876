import { z } from 'zod';
import type { RateLimits } from '@sx/http-kit';

/** `SX_TRUSTED_PROXIES`: addresses or CIDRs, comma-separated, each checked as express's `trust proxy` reads it. */
const TrustedProxiesSchema = z
  .string()
  .default('')
  .transform((v) => v.split(',').map((s) => s.trim()).filter((s) => s.length > 0))
  .pipe(z.array(z.union([z.enum(['loopback', 'linklocal', 'uniquelocal']), z.cidrv4(), z.cidrv6(), z.ipv4(), z.ipv6()])));

/**
 * Limits of the HTTP edge (writes and reads per agency, requests at once, failed authentications per
 * client address and per credential), the proxies whose forwarded address counts, and the test-only
 * switches. Defaults suit agency systems; tests that create many cases fast raise SX_WRITES_PER_AGENCY.
 */
export const edgeVariablesSchema = z.object({
  SX_WRITES_PER_AGENCY: z.coerce.number().int().positive().default(1200),
  SX_READS_PER_AGENCY: z.coerce.number().int().positive().default(6000),
  SX_RATE_LIMIT_WINDOW_S: z.coerce.number().int().positive().default(60),
  SX_MAX_CONCURRENT_REQUESTS: z.coerce.number().int().positive().default(512),
  SX_AUTH_FAILURES_PER_IP: z.coerce.number().int().positive().default(20),
  SX_AUTH_FAILURES_PER_CREDENTIAL: z.coerce.number().int().positive().default(10),
  SX_AUTH_FAILURE_WINDOW_S: z.coerce.number().int().positive().default(900),
  SX_AUTH_BLOCK_S: z.coerce.number().int().positive().default(900),
  SX_TRUSTED_PROXIES: TrustedProxiesSchema,
  /**
   * TESTS ONLY: switches a check off so a detector (fuzz, tenant matrix) can prove it fires.
   * `no-auth` lets any key, or none, act as the service's first agency; `no-party-check` shows a
   * case to an agency that is not a party; `no-binding-check` believes records of another case;
   * `no-unique-append` makes the log's append an overwrite (the chaos suite's detector check);
   * `no-signatory-check` lets an official without the signatory role decide (officials e2e).
   * Refused unless SX_DEV_KEYS=1 outside production, like every SX_TEST_ variable.
   */
  SX_TEST_MUTANT: z.enum(['no-auth', 'no-party-check', 'no-binding-check', 'no-unique-append', 'no-signatory-check']).optional(),
  /** TESTS ONLY: a wait between a step's decision and its append, so an e2e test makes two requests truly concurrent. */
  SX_TEST_STEP_DELAY_MS: z.coerce.number().int().min(0).max(10_000).optional(),
});

type EdgeVariables = z.output<typeof edgeVariablesSchema>;
export type TestMutant = NonNullable<EdgeVariables['SX_TEST_MUTANT']>;

export const rateLimitsOf = (v: EdgeVariables): RateLimits => ({
  writesPerAgency: { points: v.SX_WRITES_PER_AGENCY, durationS: v.SX_RATE_LIMIT_WINDOW_S },
  readsPerAgency: { points: v.SX_READS_PER_AGENCY, durationS: v.SX_RATE_LIMIT_WINDOW_S },
  concurrent: v.SX_MAX_CONCURRENT_REQUESTS,
  authFailuresPerAddress: { points: v.SX_AUTH_FAILURES_PER_IP, durationS: v.SX_AUTH_FAILURE_WINDOW_S, blockS: v.SX_AUTH_BLOCK_S },
  authFailuresPerCredential: { points: v.SX_AUTH_FAILURES_PER_CREDENTIAL, durationS: v.SX_AUTH_FAILURE_WINDOW_S, blockS: v.SX_AUTH_BLOCK_S },
});

/** Dev keys (signing and API) only on request, and never in production. */
export function devKeysAllowed(devKeys: string | undefined, production: boolean, ctx: z.RefinementCtx): boolean {
  if (devKeys === undefined || devKeys === '0') return false;
  if (devKeys !== '1') ctx.addIssue({ code: 'custom', path: ['SX_DEV_KEYS'], message: '1 (derived dev keys) or unset' });
  else if (production) ctx.addIssue({ code: 'custom', path: ['SX_DEV_KEYS'], message: 'dev keys are refused in production (NODE_ENV=production)' });
  return devKeys === '1' && !production;
}

/** The test-only switches (SX_TEST_*), read in one place: refused unless SX_DEV_KEYS=1, which production never has. */
export function testSwitchesOf(v: EdgeVariables, devKeys: boolean, ctx: z.RefinementCtx): { testMutant: TestMutant | undefined; testStepDelayMs: number } {
  const set = (['SX_TEST_MUTANT', 'SX_TEST_STEP_DELAY_MS'] as const).filter((name) => v[name] !== undefined);
  if (set.length > 0 && !devKeys) {
    for (const name of set) ctx.addIssue({ code: 'custom', path: [name], message: 'a test-only switch: refused unless SX_DEV_KEYS=1' });
    return { testMutant: undefined, testStepDelayMs: 0 };
  }
  return { testMutant: v.SX_TEST_MUTANT, testStepDelayMs: v.SX_TEST_STEP_DELAY_MS ?? 0 };
}
