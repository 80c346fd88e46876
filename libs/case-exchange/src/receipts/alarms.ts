import type { Logger } from 'pino';

const raised = new Map<string, number>();

/**
 * An alarm: something an operator must look at now (a forged or transplanted record, a conflicting
 * step, a receipt that never came). Logged at error level with `alarm: true` and its code, and
 * counted by code for `/metrics`.
 */
export function raiseAlarm(logger: Logger, code: string, fields: Readonly<Record<string, unknown>>, message: string): void {
  raised.set(code, (raised.get(code) ?? 0) + 1);
  logger.error({ alarm: true, code, ...fields }, `ALARM ${code}: ${message}`);
}

/** Alarms raised by this process since it started, by code. */
export const alarmCounts = (): Record<string, number> => Object.fromEntries(raised);
