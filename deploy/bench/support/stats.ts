// Small helpers of the exchange bench: settings from the environment, latency samples, a worker pool.
import os from 'node:os';

/** A positive integer from the environment, or the default; anything else is a clear error. */
export function intEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

/** Latencies in milliseconds; percentiles by nearest rank. */
export class Samples {
  private readonly values: number[] = [];
  add(ms: number): void {
    this.values.push(ms);
  }
  get count(): number {
    return this.values.length;
  }
  percentile(p: number): number {
    if (this.values.length === 0) return Number.NaN;
    const sorted = [...this.values].sort((a, b) => a - b);
    const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
    return sorted[rank - 1] ?? Number.NaN;
  }
  max(): number {
    return this.values.length === 0 ? Number.NaN : Math.max(...this.values);
  }
}

/** Runs task(0) … task(n-1), at most `concurrency` at a time; the first failure stops new tasks and rejects. */
export async function pool(n: number, concurrency: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < n) {
      const i = next++;
      try {
        await task(i);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, n) }, worker));
}

export const ms = (value: number): string => value.toFixed(1).padStart(8);

export function machine(): string {
  const cpus = os.cpus();
  return `node ${process.version} | ${cpus[0]?.model.trim() ?? 'unknown CPU'} x ${cpus.length} | ${os.platform()} ${os.arch()}`;
}
