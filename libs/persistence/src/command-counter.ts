import type { Connection } from 'mongoose';
import { caseLogAppended, databaseCommand } from '@sx/observability';

const counts = new Map<string, number>();

/**
 * Counts the commands this process sends to MongoDB, by name, from the driver's command monitoring:
 * the figure behind "round trips per step" (benchmark) and an operator's first look at load.
 */
export function countCommands(conn: Connection): void {
  conn.getClient().on('commandStarted', (e: { commandName: string }) => {
    counts.set(e.commandName, (counts.get(e.commandName) ?? 0) + 1);
    databaseCommand(e.commandName);
  });
}

export function commandCounts(): { total: number; byCommand: Record<string, number> } {
  const byCommand = Object.fromEntries([...counts].sort(([a], [b]) => a.localeCompare(b)));
  return { total: [...counts.values()].reduce((a, b) => a + b, 0), byCommand };
}

let appended = 0;

/** Counts the log entries this process appended: the "steps" the round trips are divided by. */
export function noteAppended(entries: number): void {
  appended += entries;
  caseLogAppended(entries);
}

export const appendedEntries = (): number => appended;
