import { z } from 'zod';
import { parseAllowList, EMPTY_ALLOW_LIST, type AllowList } from './address-policy';
import { backoffSchedule, DEFAULT_BACKOFF } from './backoff-schedule';

/** How webhooks are sent, retried and guarded; every field from the environment, with defaults. */
export interface WebhookSettings {
  /** The wait before each retry; past the last, the delivery is marked failed. */
  readonly retryDelaysMs: readonly number[];
  /** Each wait is shortened by up to this share of it, at random. */
  readonly jitter: number;
  /** Networks and hosts the SSRF guard lets through although they are local (operators only). */
  readonly allowList: AllowList;
  readonly requestTimeoutMs: number;
  /** Working days before a due date at which a reminder goes, unless a subscription sets its own. */
  readonly reminderWorkingDays: readonly number[];
  /** How often reminders and due notices are looked for. */
  readonly reminderIntervalMs: number;
  /** How often a replica re-reads which agencies subscribe (another replica may have registered one). */
  readonly refreshMs: number;
  /** How long a step's delivery waits for its predecessor's when that is not recorded yet (an outbox catching up). */
  readonly orderGraceMs: number;
}

const millisList = z
  .string()
  .regex(/^\d+(,\d+){0,29}$/, 'comma-separated milliseconds, e.g. 5000,20000,80000')
  .transform((v) => v.split(',').map(Number));

export const webhookVariablesSchema = z.object({
  /** Explicit retry waits; default: exponential from 5 s ×4 capped at 6 h, adding up to ≥ 24 h. */
  SX_WEBHOOK_RETRY_DELAYS_MS: millisList.optional(),
  SX_WEBHOOK_RETRY_JITTER: z.coerce.number().min(0).max(1).default(0.2),
  /** CIDRs, addresses or host names, comma-separated, e.g. `10.0.0.0/8,127.0.0.1`. */
  SX_WEBHOOK_ALLOWED_NETWORKS: z.string().optional(),
  SX_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  SX_REMINDER_WORKING_DAYS: z.string().regex(/^\d{1,2}(,\d{1,2}){0,9}$/, 'comma-separated working days, e.g. 3,1').default('3,1'),
  SX_REMINDER_INTERVAL_MS: z.coerce.number().int().min(100).default(60_000),
  SX_WEBHOOK_REFRESH_MS: z.coerce.number().int().min(100).default(5_000),
  SX_WEBHOOK_ORDER_GRACE_MS: z.coerce.number().int().min(0).default(30_000),
});

export const DEFAULT_WEBHOOK_SETTINGS: WebhookSettings = {
  retryDelaysMs: backoffSchedule(DEFAULT_BACKOFF),
  jitter: 0.2,
  allowList: EMPTY_ALLOW_LIST,
  requestTimeoutMs: 10_000,
  reminderWorkingDays: [3, 1],
  reminderIntervalMs: 60_000,
  refreshMs: 5_000,
  orderGraceMs: 30_000,
};

export function webhookSettingsOf(v: z.output<typeof webhookVariablesSchema>, ctx: z.RefinementCtx): WebhookSettings {
  const allow = parseAllowList(v.SX_WEBHOOK_ALLOWED_NETWORKS);
  if ('error' in allow) ctx.addIssue({ code: 'custom', path: ['SX_WEBHOOK_ALLOWED_NETWORKS'], message: allow.error });
  return {
    retryDelaysMs: v.SX_WEBHOOK_RETRY_DELAYS_MS ?? DEFAULT_WEBHOOK_SETTINGS.retryDelaysMs,
    jitter: v.SX_WEBHOOK_RETRY_JITTER,
    allowList: 'error' in allow ? EMPTY_ALLOW_LIST : allow,
    requestTimeoutMs: v.SX_WEBHOOK_TIMEOUT_MS,
    reminderWorkingDays: [...new Set(v.SX_REMINDER_WORKING_DAYS.split(',').map(Number))].sort((a, b) => b - a),
    reminderIntervalMs: v.SX_REMINDER_INTERVAL_MS,
    refreshMs: v.SX_WEBHOOK_REFRESH_MS,
    orderGraceMs: v.SX_WEBHOOK_ORDER_GRACE_MS,
  };
}
