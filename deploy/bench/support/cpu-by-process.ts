// Where the machine's CPU went during a phase of a bench: user + system time of every process, read
// from /proc (Linux), grouped by what the process is (a service, FerretDB, RabbitMQ, the bench itself).
// On a 2-core machine the lifecycle rate is bounded by the sum, so this names what to make cheaper.
import { readdirSync, readFileSync } from 'node:fs';

type Ticks = Map<number, { readonly group: string; readonly ticks: number }>;

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function groupOf(cmdline: string): string | undefined {
  const service = /dist\/apps\/([\w-]+)\//.exec(cmdline);
  if (service) return service[1];
  if (cmdline.includes('ferretdb')) return 'ferretdb';
  if (cmdline.includes('beam.smp') || cmdline.includes('rabbitmq')) return 'rabbitmq';
  if (cmdline.includes('jaeger')) return 'jaeger';
  if (cmdline.includes('bench')) return 'bench driver';
  return undefined;
}

function snapshot(): Ticks {
  const out: Ticks = new Map();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      const group = groupOf(readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' '));
      if (!group) continue;
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the parenthesised name: state is 3rd, utime 14th, stime 15th (1-based, man proc).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(pid, { group, ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // the process ended between listing and reading
    }
  }
  return out;
}

/** Starts counting now; `stop()` returns CPU seconds per group spent since (processes started since count from 0). */
export function cpuByProcess(): { stop(): Map<string, number> } {
  const before = snapshot();
  return {
    stop() {
      const seconds = new Map<string, number>();
      for (const [pid, { group, ticks }] of snapshot()) {
        const spent = (ticks - (before.get(pid)?.ticks ?? 0)) / TICKS_PER_SECOND;
        seconds.set(group, (seconds.get(group) ?? 0) + spent);
      }
      return seconds;
    },
  };
}

export function formatCpu(seconds: Map<string, number>, perUnit: number, unit: string): string {
  return [...seconds.entries()]
    .filter(([, s]) => s > 0)
    .sort(([, a], [, b]) => b - a)
    .map(([group, s]) => `${group} ${((s * 1000) / perUnit).toFixed(0)}`)
    .join(', ') + ` (CPU ms per ${unit})`;
}
