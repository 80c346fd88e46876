import { retryBusy } from './transient-retry';

const busy = () => new Error('database is locked (SQLITE_BUSY)');

describe('retryBusy: FerretDB v1 lock errors are tried again', () => {
  it('retries a write that met a lock until it passes', async () => {
    let calls = 0;
    await expect(retryBusy(async () => (++calls < 3 ? Promise.reject(busy()) : 'written'))).resolves.toBe('written');
    expect(calls).toBe(3);
  });

  it('never retries another error: it did happen, or it never will', async () => {
    let calls = 0;
    await expect(retryBusy(async () => Promise.reject(new Error(`E11000 duplicate key ${++calls}`)))).rejects.toThrow('E11000');
    expect(calls).toBe(1);
  });

  it('gives up after its attempts with the lock error', async () => {
    let calls = 0;
    await expect(retryBusy(async () => Promise.reject(Object.assign(busy(), { n: ++calls })), 3)).rejects.toThrow('SQLITE_BUSY');
    expect(calls).toBe(3);
  });
});
