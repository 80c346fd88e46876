// Waits on the services' own log lines instead of polling their APIs: a handoff is timed to the
// instant the receiving service logged it applied the step, and the bench adds no read load.
import type { ServiceProcess } from '@sx/testing';

interface Seen {
  readonly at: number;
}

export class LogWatch {
  private readonly partial = new Map<ServiceProcess, string>();
  private readonly seen = new Map<string, Seen>();
  private readonly waiters = new Map<string, Array<(s: Seen) => void>>();
  private watching = false;
  applied = 0;

  constructor(private readonly processes: readonly ServiceProcess[]) {}

  /** Follows the services' output as it comes (reading their whole output again and again cost the bench more CPU than a service). */
  start(): void {
    this.watching = true;
    for (const p of this.processes) p.output.onText((text) => this.watching && this.feed(p, text));
  }

  stop(): void {
    this.watching = false;
  }

  /** Resolves with the log time (epoch ms) at which `service` applied step `seq` of the case. */
  applied$(service: string, caseId: string, seq: number, timeoutMs = 30_000): Promise<Seen> {
    const key = `${service}|${caseId}|${seq}`;
    const found = this.seen.get(key);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${service} did not apply step ${seq} of case ${caseId} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.set(key, [...(this.waiters.get(key) ?? []), (s) => (clearTimeout(timer), resolve(s))]);
    });
  }

  private feed(p: ServiceProcess, text: string): void {
    const lines = ((this.partial.get(p) ?? '') + text).split('\n');
    this.partial.set(p, lines.pop() ?? '');
    for (const line of lines) {
      if (!line.includes('"case message processed"') || !line.includes('"outcome":"applied"')) continue;
      const l = JSON.parse(line) as { time: number | string; caseId: string; seq: number };
      this.applied++;
      const key = `${p.name.split('#')[0]}|${l.caseId}|${l.seq}`;
      // pino writes epoch ms or an ISO instant, depending on the logger's settings.
      const s = { at: typeof l.time === 'number' ? l.time : Date.parse(l.time) };
      this.seen.set(key, s);
      for (const w of this.waiters.get(key) ?? []) w(s);
      this.waiters.delete(key);
    }
  }
}
