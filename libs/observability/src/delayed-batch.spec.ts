import { DelayedBatch } from './delayed-batch';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('DelayedBatch: write-behind coalescing', () => {
  it('writes what was added within the delay in one call, the latest value per key', async () => {
    const writes: [string, number][][] = [];
    const batch = new DelayedBatch<string, number>(20, async (items) => void writes.push([...items]));
    batch.add('a', 1);
    batch.add('b', 1);
    batch.add('a', 2);
    expect(writes).toEqual([]);
    await sleep(60);
    expect(writes).toEqual([[['a', 2], ['b', 1]]]);
  });

  it('flush writes at once and waits for the write; a removed item is not written', async () => {
    const writes: string[][] = [];
    let finished = false;
    const batch = new DelayedBatch<string, string>(10_000, async (items) => {
      await sleep(10);
      writes.push([...items.keys()]);
      finished = true;
    });
    batch.add('a', 'x');
    batch.add('b', 'y');
    batch.remove('a');
    await batch.flush();
    expect([writes, finished]).toEqual([[['b']], true]);
    await batch.flush();
    expect(writes).toHaveLength(1);
  });

  it('a failed write fails its own flush, not the next one', async () => {
    let fail = true;
    const batch = new DelayedBatch<string, number>(10_000, async () => {
      if (fail) throw new Error('store down');
    });
    batch.add('a', 1);
    await expect(batch.flush()).rejects.toThrow('store down');
    fail = false;
    batch.add('b', 1);
    await expect(batch.flush()).resolves.toBeUndefined();
  });
});
