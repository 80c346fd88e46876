/** The subset of pino the library uses, so callers pass their own logger (with trace ids) in. */
export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

export const errorInfo = (err: unknown): { err: { name: string; message: string } } =>
  err instanceof Error ? { err: { name: err.name, message: err.message } } : { err: { name: 'Unknown', message: String(err) } };
