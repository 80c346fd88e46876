import { z } from 'zod';

export interface ParseConfigOptions {
  /** Injected by tests; by default the message goes to stderr and the process exits 1. */
  readonly fail?: (message: string) => never;
}

/**
 * One line per bad variable, naming it and what is expected. Values are never echoed: a
 * misplaced secret would otherwise land in the deployment logs.
 */
export function formatConfigError(error: z.ZodError, env: Readonly<Record<string, string | undefined>>): string {
  const lines = error.issues.map((issue) => {
    const name = issue.path.map(String).join('.') || '(root)';
    const missing = issue.path.length > 0 && env[String(issue.path[0])] === undefined;
    return `  - ${name}: ${missing ? 'missing; ' : ''}${issue.message}`;
  });
  return ['Invalid configuration — fix these environment variables and restart:', ...lines].join('\n');
}

const failAndExit = (message: string): never => {
  process.stderr.write(message + '\n');
  process.exit(1);
};

export function parseConfig<S extends z.ZodType>(
  schema: S,
  env: Readonly<Record<string, string | undefined>> = process.env,
  options: ParseConfigOptions = {},
): z.output<S> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  return (options.fail ?? failAndExit)(formatConfigError(parsed.error, env));
}
