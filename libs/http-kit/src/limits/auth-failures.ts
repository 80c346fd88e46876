import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimits } from './rate-limits';

/**
 * Failed authentications, counted per client address and per presented credential (its digest), each
 * with its own budget and block. Asked only about a credential already found wrong: whoever presents
 * a valid one is never refused because of what others sent from the same address (an ingress, NAT).
 */
export interface AuthFailureLimiter {
  /** Seconds until a caller at this address, presenting this credential, may try again; undefined when not blocked. */
  blockedFor(address: string, credential: string | undefined): Promise<number | undefined>;
  /** Counts one failed authentication against the address and the credential. */
  failed(address: string, credential: string | undefined): Promise<void>;
}

const seconds = (ms: number): number => Math.max(1, Math.ceil(ms / 1000));

export function authFailureLimiter(limits: Pick<RateLimits, 'authFailuresPerAddress' | 'authFailuresPerCredential'>): AuthFailureLimiter {
  const byAddress = new RateLimiterMemory({ points: limits.authFailuresPerAddress.points, duration: limits.authFailuresPerAddress.durationS, blockDuration: limits.authFailuresPerAddress.blockS });
  const byCredential = new RateLimiterMemory({ points: limits.authFailuresPerCredential.points, duration: limits.authFailuresPerCredential.durationS, blockDuration: limits.authFailuresPerCredential.blockS });
  const blocked = async (limiter: RateLimiterMemory, key: string | undefined): Promise<number | undefined> => {
    if (key === undefined) return undefined;
    const state = await limiter.get(key);
    return state && state.remainingPoints <= 0 ? seconds(state.msBeforeNext) : undefined;
  };
  // consume rejects once the points are spent: that is the block, recorded; nothing more to do.
  const count = async (limiter: RateLimiterMemory, key: string | undefined): Promise<void> => {
    if (key === undefined) return;
    await limiter.consume(key).catch((rejection: unknown) => {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
    });
  };
  return {
    async blockedFor(address, credential) {
      const waits = [await blocked(byAddress, address), await blocked(byCredential, credential)].filter((s): s is number => s !== undefined);
      return waits.length > 0 ? Math.max(...waits) : undefined;
    },
    async failed(address, credential) {
      await Promise.all([count(byAddress, address), count(byCredential, credential)]);
    },
  };
}
