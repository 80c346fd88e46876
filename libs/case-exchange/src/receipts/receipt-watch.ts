import type { ServiceName } from '@sx/contracts';
import type { Logger } from 'pino';
import { receiptKey, type ReceiptStore } from '@sx/persistence';
import { startPeriodicPass, type PeriodicPass } from '@sx/observability';
import { raiseAlarm } from './alarms';

interface Awaited {
  readonly caseId: string;
  readonly seq: number;
  readonly service: ServiceName;
  readonly dueAt: number;
  alarmed: boolean;
}

/**
 * The receipts this process waits for: one per step it took and party it told. A receipt not in the
 * store `afterMs` after the step raises RECEIPT.OVERDUE once (log and /metrics), and the step stays
 * outstanding until its receipt comes. The store is asked before alarming, so a receipt another
 * replica took counts. Held in memory: a restart forgets what it waited for (the store keeps receipts).
 */
export class ReceiptWatch {
  private readonly awaited = new Map<string, Awaited>();

  constructor(
    private readonly store: ReceiptStore,
    private readonly afterMs: number,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  expect(caseId: string, seq: number, service: ServiceName): void {
    const id = `${caseId}|${receiptKey({ seq, service })}`;
    if (!this.awaited.has(id)) this.awaited.set(id, { caseId, seq, service, dueAt: this.now() + this.afterMs, alarmed: false });
  }

  settle(caseId: string, seq: number, service: ServiceName): void {
    this.awaited.delete(`${caseId}|${receiptKey({ seq, service })}`);
  }

  /** Steps whose receipt has not come yet. */
  get outstanding(): number {
    return this.awaited.size;
  }

  /** Looks at every overdue receipt once; returns how many alarms it raised. */
  async check(): Promise<number> {
    let raised = 0;
    for (const [id, a] of this.awaited) {
      if (a.alarmed || a.dueAt > this.now()) continue;
      if (await this.store.has(a.caseId, receiptKey(a))) {
        this.awaited.delete(id);
        continue;
      }
      a.alarmed = true;
      raised++;
      raiseAlarm(this.logger, 'RECEIPT.OVERDUE', { caseId: a.caseId, seq: a.seq, party: a.service, waitedMs: this.afterMs }, `no receipt from ${a.service} for step ${a.seq} of case ${a.caseId}`);
    }
    return raised;
  }

  start(intervalMs: number): PeriodicPass {
    return startPeriodicPass('receipt watch', intervalMs, () => this.check(), this.logger);
  }
}
