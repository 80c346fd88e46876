import { CaseArrivals } from './case-arrivals';

describe('CaseArrivals: waking held reads on a commit in this process', () => {
  it('a commit wakes every waiter of that case at once, and only of that case', async () => {
    const arrivals = new CaseArrivals();
    const woken: string[] = [];
    const a = arrivals.next('c1', 10_000).then(() => woken.push('a'));
    const b = arrivals.next('c1', 10_000).then(() => woken.push('b'));
    const other = arrivals.next('c2', 50).then(() => woken.push('other'));
    const started = Date.now();
    arrivals.notify('c1');
    await Promise.all([a, b]);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(woken.sort()).toEqual(['a', 'b']);
    await other;
    expect(arrivals.waiting).toBe(0);
  });

  it('on shutdown every held read is released at once, and no new one is held', async () => {
    const arrivals = new CaseArrivals();
    const held = arrivals.next('c1', 10_000);
    const started = Date.now();
    arrivals.close();
    await held;
    await arrivals.next('c2', 10_000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(arrivals.stopping).toBe(true);
  });

  it('ends at its timeout or on abort, leaving nothing registered', async () => {
    const arrivals = new CaseArrivals();
    const gone = new AbortController();
    const aborted = arrivals.next('c1', 10_000, gone.signal);
    const timed = arrivals.next('c1', 20);
    expect(arrivals.waiting).toBe(2);
    gone.abort();
    await Promise.all([aborted, timed]);
    expect(arrivals.waiting).toBe(0);
  });
});
