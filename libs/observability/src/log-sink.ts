/** The part of a logger the infrastructure libraries use, so callers pass their own (pino, with trace ids) in. */
export interface LogSink {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export const silentLogger: LogSink = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** An error as a log field: its name and message (the stack stays out of routine lines). */
export const errorInfo = (err: unknown): { err: { name: string; message: string } } =>
  err instanceof Error ? { err: { name: err.name, message: err.message } } : { err: { name: 'Unknown', message: String(err) } };
