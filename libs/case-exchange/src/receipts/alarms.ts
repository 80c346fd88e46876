import { alarmRaised } from '@sx/observability';
import type { Logger } from 'pino';

/**
 * An alarm: something an operator must look at now (a forged or transplanted record, a conflicting
 * step, a receipt that never came). Logged at error level with `alarm: true` and its code, and
 * counted by code (`sx_alarms_total{code}` in the metrics).
 */
export function raiseAlarm(logger: Logger, code: string, fields: Readonly<Record<string, unknown>>, message: string): void {
  alarmRaised(code);
  logger.error({ alarm: true, code, ...fields }, `ALARM ${code}: ${message}`);
}
