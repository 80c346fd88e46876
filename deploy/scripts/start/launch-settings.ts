import { z } from 'zod';

// `npm start`'s own knobs (the services read theirs themselves).
const launchEnvSchema = z.object({
  /** How long all five may take to answer /ready before `npm start` gives up. */
  SX_START_TIMEOUT_S: z.coerce.number().positive().default(180),
  /** How often a service still starting is reported with what it waits for. */
  SX_START_PROGRESS_S: z.coerce.number().positive().default(15),
});

export interface LaunchSettings {
  readonly readyTimeoutMs: number;
  readonly progressEveryMs: number;
}

/** The settings, or exit 1 with one line per bad variable. */
export function launchSettings(env: NodeJS.ProcessEnv): LaunchSettings {
  const parsed = launchEnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    process.stderr.write(['npm start: invalid settings', ...lines].join('\n') + '\n');
    process.exit(1);
  }
  return { readyTimeoutMs: parsed.data.SX_START_TIMEOUT_S * 1000, progressEveryMs: parsed.data.SX_START_PROGRESS_S * 1000 };
}
