import { claimKey } from './claim-key';
import { MemoryIdempotencyStore } from '../../test/memory-idempotency-store';

const settings = { ttlMs: 24 * 3600_000, leaseMs: 120_000 };
const at = (iso: string) => new Date(iso);
const ok = { status: 201, headers: { ETag: '"0"' }, body: { caseId: 'c-1' } };

describe('claimKey: one request per agency and key', () => {
  it('claims a new key; the same request then waits (in progress), and replays once answered', async () => {
    const store = new MemoryIdempotencyStore();
    const now = at('2026-03-18T10:00:00Z');
    expect(await claimKey(store, 'a:k', 'h1', now, settings)).toEqual({ kind: 'claimed', id: 'a:k:0' });
    expect(await claimKey(store, 'a:k', 'h1', now, settings)).toEqual({ kind: 'in-progress' });
    await store.complete('a:k:0', ok, now);
    expect(await claimKey(store, 'a:k', 'h1', now, settings)).toEqual({ kind: 'replay', response: ok });
  });

  it('another request under a live key is a mismatch, running or answered', async () => {
    const store = new MemoryIdempotencyStore();
    const now = at('2026-03-18T10:00:00Z');
    await claimKey(store, 'a:k', 'h1', now, settings);
    expect(await claimKey(store, 'a:k', 'h2', now, settings)).toEqual({ kind: 'mismatch' });
    await store.complete('a:k:0', ok, now);
    expect(await claimKey(store, 'a:k', 'h2', now, settings)).toEqual({ kind: 'mismatch' });
  });

  it('after 24 h the key is free again: the expired claim is passed over and the next slot claimed', async () => {
    const store = new MemoryIdempotencyStore();
    await claimKey(store, 'a:k', 'h1', at('2026-03-18T10:00:00Z'), settings);
    await store.complete('a:k:0', ok, at('2026-03-18T10:00:01Z'));
    expect(await claimKey(store, 'a:k', 'h2', at('2026-03-19T10:00:00Z'), settings)).toEqual({ kind: 'claimed', id: 'a:k:1' });
    expect(await claimKey(store, 'a:k', 'h2', at('2026-03-19T10:00:01Z'), settings)).toEqual({ kind: 'in-progress' });
  });

  it('a claim never answered within its lease (its process died) is taken over; its late answer does not revive it', async () => {
    const store = new MemoryIdempotencyStore();
    await claimKey(store, 'a:k', 'h1', at('2026-03-18T10:00:00Z'), settings);
    expect(await claimKey(store, 'a:k', 'h1', at('2026-03-18T10:01:00Z'), settings)).toEqual({ kind: 'in-progress' });
    expect(await claimKey(store, 'a:k', 'h1', at('2026-03-18T10:03:00Z'), settings)).toEqual({ kind: 'claimed', id: 'a:k:1' });
    await store.complete('a:k:0', ok, at('2026-03-18T10:04:00Z'));
    expect(await claimKey(store, 'a:k', 'h1', at('2026-03-18T10:04:30Z'), settings)).toEqual({ kind: 'in-progress' });
  });

  it('of two claims at the same moment exactly one wins', async () => {
    const store = new MemoryIdempotencyStore();
    const now = at('2026-03-18T10:00:00Z');
    const outcomes = await Promise.all([claimKey(store, 'a:k', 'h1', now, settings), claimKey(store, 'a:k', 'h1', now, settings)]);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['claimed', 'in-progress']);
  });
});
