import type { Case, TimelineEntry } from '../api/api-types';

export const ROLES = ['sender', 'receiver', 'mfa', 'approver'] as const;
export type Lane = (typeof ROLES)[number];

/** One step on the swimlane: the shared event log's record joined with this copy's history entry. */
export interface LaneStep {
  readonly key: string;
  readonly lane: Lane;
  readonly at: string;
  /** The legal date of the act, when it is a step of the procedure. */
  readonly on?: string;
  readonly seq?: number;
  readonly event: string;
  readonly agencyId?: string;
  /** Who decided: the official (name, position) or the agency's system, from the signed record. */
  readonly by?: string;
  /** A refusal's or a declined proposal's reason, in the party's own words. */
  readonly reason?: string;
  readonly cite?: string;
  readonly messageId?: string;
  readonly traceId?: string;
  /** The parties that applied the step, by their signed receipts: “received by <agency> at <time>”. */
  readonly receivedBy?: readonly { readonly agencyId: string; readonly receivedAt: string }[];
}

const isLane = (v: unknown): v is Lane => typeof v === 'string' && (ROLES as readonly string[]).includes(v);

/** The case's parties, in the order the law names them: one lane each. */
export const lanesOf = (c: Case): Lane[] => ROLES.filter((r) => c.parties[r] !== undefined);

export function swimlaneSteps(c: Case, entries: readonly TimelineEntry[]): LaneStep[] {
  const bySeq = new Map<number, TimelineEntry>();
  const others: LaneStep[] = [];
  entries.forEach((e, i) => {
    const seq = e.details?.['seq'];
    if (typeof seq === 'number') bySeq.set(seq, e);
    else if (isLane(e.actor)) {
      others.push({ key: `h${i}`, lane: e.actor, at: e.at, event: e.event, ...pick(e) });
    }
  });
  const steps: LaneStep[] = c.events.flatMap((r) => {
    if (!isLane(r.event.actor)) return [];
    const e = bySeq.get(r.seq);
    return [{ key: `s${r.seq}`, lane: r.event.actor, at: e?.at ?? r.at, on: r.event.on, seq: r.seq, event: r.event.type, agencyId: r.agencyId, ...(r.by ? { by: [r.by.name, r.by.position].filter(Boolean).join(', ') } : {}), ...('reason' in r.event && typeof r.event.reason === 'string' ? { reason: r.event.reason } : {}), ...(e ? pick(e) : {}) }];
  });
  return [...steps, ...others].sort((a, b) => a.at.localeCompare(b.at) || (a.seq ?? 0) - (b.seq ?? 0));
}

function pick(e: TimelineEntry): Pick<LaneStep, 'cite' | 'messageId' | 'traceId' | 'receivedBy'> {
  const receivedBy = (e.receivedBy ?? []).map((r) => ({ agencyId: r.agencyId, receivedAt: r.receivedAt }));
  return {
    ...(e.cite ? { cite: e.cite } : {}),
    ...(e.messageId ? { messageId: e.messageId } : {}),
    ...(e.traceId ? { traceId: e.traceId } : {}),
    ...(receivedBy.length > 0 ? { receivedBy } : {}),
  };
}

/** The seq of the last step each party took in the signed chain: where each copy's latest word sits in it. */
export function lastSeqByParty(c: Case): Partial<Record<Lane, number>> {
  const last: Partial<Record<Lane, number>> = {};
  for (const r of c.events) if (isLane(r.event.actor)) last[r.event.actor] = Math.max(last[r.event.actor] ?? 0, r.seq);
  return last;
}
