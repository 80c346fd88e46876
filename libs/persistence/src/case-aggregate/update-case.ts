import type { CaseAggregateRepository } from './case-aggregate.repository';
import type { CaseAggregate, CaseChange } from './case-aggregate.types';
import { ConcurrentUpdateError } from './case-errors';

export interface UpdateCaseOptions {
  /** The incoming message (or idempotency key) this update applies: a duplicate changes nothing. */
  inboxMessageId?: string;
  maxAttempts?: number;
}

export type UpdateCaseResult<S> =
  | { outcome: 'saved'; aggregate: CaseAggregate<S> }
  | { outcome: 'duplicate' | 'unchanged'; aggregate: CaseAggregate<S> };

/**
 * Load → decide → save, retried on `CASE.CONCURRENT_UPDATE`. `decide` must be pure in the loaded
 * aggregate (it may run more than once) and returns null when there is nothing to change.
 */
export async function updateCase<S>(
  repo: CaseAggregateRepository<S>,
  caseId: string,
  decide: (current: CaseAggregate<S>) => CaseChange<S> | null | Promise<CaseChange<S> | null>,
  options: UpdateCaseOptions = {},
): Promise<UpdateCaseResult<S>> {
  const maxAttempts = options.maxAttempts ?? 5;
  for (let attempt = 1; ; attempt++) {
    const current = await repo.get(caseId);
    if (options.inboxMessageId && current.inbox[options.inboxMessageId]) return { outcome: 'duplicate', aggregate: current };
    const change = await decide(current);
    if (!change) return { outcome: 'unchanged', aggregate: current };
    try {
      const withInbox = options.inboxMessageId ? { ...change, inboxMessageId: options.inboxMessageId } : change;
      return { outcome: 'saved', aggregate: await repo.save(current, withInbox) };
    } catch (err) {
      if (!(err instanceof ConcurrentUpdateError) || attempt >= maxAttempts) throw err;
      await new Promise((r) => setTimeout(r, Math.random() * 20 * attempt));
    }
  }
}
