import { waitFor } from './wait-for';

describe('waitFor', () => {
  it('returns the first truthy value', async () => {
    let n = 0;
    await expect(waitFor(() => (++n >= 3 ? n : undefined), { intervalMs: 1 })).resolves.toBe(3);
  });

  it('treats a throwing predicate as not yet, and names it on timeout', async () => {
    await expect(
      waitFor(() => {
        throw new Error('connection refused');
      }, { timeoutMs: 30, intervalMs: 5, description: 'mongo' }),
    ).rejects.toThrow('waitFor: mongo not met within 30 ms; last error: connection refused');
  });

  it('stops when aborted', async () => {
    const abort = new AbortController();
    setTimeout(() => abort.abort(new Error('process died')), 20);
    await expect(waitFor(() => false, { timeoutMs: 5000, intervalMs: 5, signal: abort.signal })).rejects.toThrow('process died');
  });
});
