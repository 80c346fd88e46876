import { z } from 'zod';
import type { ServiceName } from '@sx/contracts';
import { parseConfig, type AgencyKeys, type KeysServedElsewhere, type ParseConfigOptions, type RateLimits } from '@sx/http-kit';
import { DEFAULT_RETRY_DELAYS_MS, type KeyRing } from '@sx/messaging';
import type { MongoDeployment } from '@sx/persistence';
import type { AgencyRegistry } from '../agencies/agency-registry';
import type { ClockSetting } from './clock';
import { calendarDirOf, loadAgencies, loadApiKeys, loadKeyRing } from './config-resources';
import { devKeysAllowed, edgeVariablesSchema, rateLimitsOf, testSwitchesOf, type TestMutant } from './edge-settings';
import {
  DEFAULT_AGENCIES_FILE, DEFAULT_AMQP_URL, DEFAULT_JAEGER_QUERY_URL, DEFAULT_MAX_FILE_BYTES, DEFAULT_PORTS, defaultMongoUrl, mongoUrlVariable,
} from './service-defaults';
import { webhookSettingsOf, webhookVariablesSchema, type WebhookSettings } from '../webhooks/webhook-settings';

export interface ServiceConfig {
  readonly service: ServiceName;
  readonly production: boolean;
  readonly port: number;
  readonly host: string;
  readonly amqpUrl: string;
  /** Topology name prefix; tests set a unique one per run. */
  readonly amqpPrefix: string | undefined;
  readonly mongoUrl: string;
  /** Write concern and retries follow the database: FerretDB locally, a replica set in production. */
  readonly mongoDeployment: MongoDeployment;
  readonly logLevel: z.infer<typeof logLevel>;
  readonly apiKeys: AgencyKeys;
  /** Keys of agencies served elsewhere: 403 AUTH.WRONG_SERVICE naming their service. */
  readonly apiKeysElsewhere: KeysServedElsewhere;
  readonly rateLimits: RateLimits;
  /** The proxies whose X-Forwarded-For names the client (SX_TRUSTED_PROXIES); empty: the socket's address. */
  readonly trustedProxies: readonly string[];
  /** SX_DEV_KEYS=1: signing and API keys derived from public seeds (local runs and tests only). */
  readonly devKeys: boolean;
  readonly testMutant: TestMutant | undefined;
  /** TESTS ONLY (SX_TEST_STEP_DELAY_MS): 0 unless a test widens races on purpose. */
  readonly testStepDelayMs: number;
  readonly keyRing: KeyRing;
  readonly agencies: AgencyRegistry;
  readonly maxFileBytes: number;
  readonly sweepIntervalMs: number;
  /** A step told to another party and not receipted within this long raises RECEIPT.OVERDUE. */
  readonly receiptAlarmAfterMs: number;
  /** Waits of the retry tiers for an incoming message whose handling failed. */
  readonly retryDelaysMs: readonly number[];
  /** How often the relay looks for committed messages not yet confirmed (crash, broker outage). */
  readonly relayIntervalMs: number;
  readonly clock: ClockSetting;
  /** SX_CALENDAR_DIR: the operator's year files over the shipped ones; undefined = shipped only. */
  readonly calendarDir: string | undefined;
  readonly jaegerQueryUrl: string;
  /** Webhooks and reminders: retry schedule, SSRF allow-list, reminder days (SX_WEBHOOK_*, SX_REMINDER_*). */
  readonly webhooks: WebhookSettings;
}

type Env = Readonly<Record<string, string | undefined>>;
const logLevel = z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']);

const variablesSchema = (service: ServiceName) =>
  z.object({
    NODE_ENV: z.string().optional(),
    SX_DEV_KEYS: z.string().optional(),
    ...edgeVariablesSchema.shape,
    ...webhookVariablesSchema.shape,
    PORT: z.coerce.number().int().min(0).max(65_535).default(DEFAULT_PORTS[service]),
    HOST: z.string().min(1).default('127.0.0.1'),
    AMQP_URL: z.url({ protocol: /^amqps?$/, error: 'an amqp:// or amqps:// URL' }).default(DEFAULT_AMQP_URL),
    SX_AMQP_PREFIX: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'letters, digits, _ and -').optional(),
    /** Default: `replica-set` (majority writes, retries) with NODE_ENV=production, else `ferretdb`. */
    MONGO_DEPLOYMENT: z.enum(['ferretdb', 'replica-set']).optional(),
    LOG_LEVEL: logLevel.default('info'),
    AGENCIES_FILE: z.string().min(1).default(DEFAULT_AGENCIES_FILE),
    SX_MAX_FILE_BYTES: z.coerce.number().int().positive().default(DEFAULT_MAX_FILE_BYTES),
    /** How often the obligation sweeper looks for missed deadlines (ms). */
    SX_SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).default(60_000),
    SX_RECEIPT_ALARM_MS: z.coerce.number().int().min(1_000).default(600_000),
    /** Comma-separated waits (ms) of the retry tiers, e.g. `1000,5000,30000,120000,600000`. */
    SX_RETRY_DELAYS_MS: z
      .string()
      .regex(/^\d+(,\d+){0,9}$/, 'comma-separated milliseconds, e.g. 1000,5000,30000')
      .transform((v) => v.split(',').map(Number))
      .optional(),
    SX_RELAY_INTERVAL_MS: z.coerce.number().int().min(50).default(2_000),
    SX_CLOCK_OFFSET_DAYS: z.coerce.number().int().optional(),
    /** A directory of working-calendar year files (kz-YYYY.json) laid over the shipped years. */
    SX_CALENDAR_DIR: z.string().min(1).optional(),
    /** Jaeger's query API, for a case's traces in the console. */
    SX_JAEGER_QUERY_URL: z.url({ protocol: /^https?$/ }).default(DEFAULT_JAEGER_QUERY_URL),
    SX_FIXED_NOW: z.iso.datetime({ offset: true, error: 'an ISO instant, e.g. 2025-03-18T09:00:00+05:00' }).optional(),
  });
type Variables = z.infer<ReturnType<typeof variablesSchema>>;
const mongoUrl = z.url({ protocol: /^mongodb(\+srv)?$/, error: 'a mongodb:// URL' });

// The variable's name depends on the service (each owns its database), so it is checked here
// rather than as a field of the static schema, and reported under its real name.
function mongoUrlOf(service: ServiceName, env: Env, ctx: z.RefinementCtx): string | undefined {
  const variable = mongoUrlVariable(service);
  const parsed = mongoUrl.safeParse(env[variable] ?? defaultMongoUrl(service));
  if (parsed.success) return parsed.data;
  ctx.addIssue({ code: 'custom', path: [variable], message: 'a mongodb:// or mongodb+srv:// URL' });
  return undefined;
}

function clockSetting(v: Variables, production: boolean, ctx: z.RefinementCtx): ClockSetting {
  const shifted = v.SX_CLOCK_OFFSET_DAYS !== undefined || v.SX_FIXED_NOW !== undefined;
  // A shifted clock changes legal dates and deadlines: never in a deployment.
  if (shifted && production) ctx.addIssue({ code: 'custom', path: ['SX_FIXED_NOW'], message: 'SX_FIXED_NOW / SX_CLOCK_OFFSET_DAYS are refused in production' });
  if (v.SX_CLOCK_OFFSET_DAYS !== undefined && v.SX_FIXED_NOW !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['SX_CLOCK_OFFSET_DAYS'], message: 'set SX_CLOCK_OFFSET_DAYS or SX_FIXED_NOW, not both' });
  }
  if (v.SX_FIXED_NOW !== undefined) return { kind: 'starts-at', instant: new Date(v.SX_FIXED_NOW) };
  if (v.SX_CLOCK_OFFSET_DAYS !== undefined) return { kind: 'offset-days', days: v.SX_CLOCK_OFFSET_DAYS };
  return { kind: 'system' };
}

/** The whole environment of one service, resolved (agencies file, keys) and validated in one pass. */
export function serviceConfigSchema(service: ServiceName, env: Env) {
  return variablesSchema(service).transform((v, ctx): ServiceConfig => {
    const production = v.NODE_ENV === 'production';
    const clock = clockSetting(v, production, ctx);
    const devKeys = devKeysAllowed(v.SX_DEV_KEYS, production, ctx);
    const agencies = loadAgencies(v.AGENCIES_FILE, service, ctx);
    const apiKeys = agencies ? loadApiKeys(env['API_KEYS'], agencies, service, devKeys, ctx) : undefined;
    const keyRing = loadKeyRing(service, env, devKeys, ctx);
    const { testMutant, testStepDelayMs } = testSwitchesOf(v, devKeys, ctx);
    const mongo = mongoUrlOf(service, env, ctx);
    const calendarDir = calendarDirOf(v.SX_CALENDAR_DIR, ctx);
    const webhooks = webhookSettingsOf(v, ctx);
    if (!agencies || !apiKeys || !keyRing || !mongo) return z.NEVER;
    return {
      service, production, port: v.PORT, host: v.HOST, amqpUrl: v.AMQP_URL, amqpPrefix: v.SX_AMQP_PREFIX,
      mongoUrl: mongo, mongoDeployment: v.MONGO_DEPLOYMENT ?? (production ? 'replica-set' : 'ferretdb'), logLevel: v.LOG_LEVEL, apiKeys: apiKeys.served, apiKeysElsewhere: apiKeys.elsewhere, rateLimits: rateLimitsOf(v), trustedProxies: v.SX_TRUSTED_PROXIES, devKeys, testMutant, testStepDelayMs, keyRing, agencies, maxFileBytes: v.SX_MAX_FILE_BYTES, sweepIntervalMs: v.SX_SWEEP_INTERVAL_MS, receiptAlarmAfterMs: v.SX_RECEIPT_ALARM_MS,
      retryDelaysMs: v.SX_RETRY_DELAYS_MS ?? DEFAULT_RETRY_DELAYS_MS, relayIntervalMs: v.SX_RELAY_INTERVAL_MS, clock, calendarDir,
      jaegerQueryUrl: v.SX_JAEGER_QUERY_URL.replace(/\/$/, ''), webhooks,
    };
  });
}

/** Reads the service's configuration, or exits 1 with one line per bad variable (never its value). */
export function loadServiceConfig(service: ServiceName, env: Env = process.env, options: ParseConfigOptions = {}): ServiceConfig {
  return parseConfig(serviceConfigSchema(service, env), env, options);
}
