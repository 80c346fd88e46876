import pino from 'pino';
import type { ReceiptStore } from '@sx/persistence';
import { ReceiptWatch } from './receipt-watch';

/** A store holding the receipts named (`<caseId>|<seq>:<service>`): the watch asks it before alarming. */
const storeWith = (held: Set<string>): ReceiptStore => ({ has: async (caseId: string, key: string) => held.has(`${caseId}|${key}`) }) as unknown as ReceiptStore;

describe('receipts not received in time raise RECEIPT.OVERDUE (issue #17)', () => {
  let now = 0;
  const clock = (): number => now;

  it('alarms once for a step whose receipt is late, and keeps it outstanding until it comes', async () => {
    now = 0;
    const watch = new ReceiptWatch(storeWith(new Set()), 1_000, pino({ level: 'silent' }), clock);
    watch.expect('c1', 2, 'receiving-body');
    expect(await watch.check()).toBe(0);
    now = 1_001;
    expect(await watch.check()).toBe(1);
    expect(await watch.check()).toBe(0);
    expect(watch.outstanding).toBe(1);
    watch.settle('c1', 2, 'receiving-body');
    expect(watch.outstanding).toBe(0);
  });

  it('does not alarm when another replica already kept the receipt', async () => {
    now = 0;
    const watch = new ReceiptWatch(storeWith(new Set(['c1|3:prime-minister'])), 1_000, pino({ level: 'silent' }), clock);
    watch.expect('c1', 3, 'prime-minister');
    now = 5_000;
    expect(await watch.check()).toBe(0);
    expect(watch.outstanding).toBe(0);
  });
});
