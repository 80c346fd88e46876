import type { WebhookEvent } from '@sx/contracts';
import { addWorkingDays, workingDaysBetween, type LegalDate, type WorkingCalendar } from '@sx/rules';
import { partyOf } from '../case-view/parties';
import type { CaseRecord } from '../case-view/case-record';
import { todayOf, type CaseContext } from '../context/case-context';
import type { Subscription } from '@sx/persistence';
import { enqueueDelivery, wants, type WebhookRuntime } from './webhook-runtime';

/** How far back a pass looks for obligations that came due while the service was down. */
const LOOKBACK_DAYS = 7;

const plusDays = (day: string, n: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

function daysLeft(today: LegalDate, due: LegalDate, cal: WorkingCalendar | undefined): number | null {
  try {
    return due >= today ? workingDaysBetween(today, due, cal) : -workingDaysBetween(due, today, cal);
  } catch {
    return null; // a date past the calendar's years: no count, no reminder
  }
}

/**
 * Which event a subscription gets for an obligation due `left` working days from today, and its
 * webhook-id (the "once" of it): `obligation.due` from the due date on; before it, the reminder of the
 * fewest configured days that still covers `left` (at 3 days left the 3-day one, at 2 the 3-day one
 * if it was missed, at 1 the 1-day one).
 */
export function obligationEventFor(sub: Pick<Subscription, 'events' | 'reminderWorkingDays'>, left: number, base: string): { kind: 'obligation.due' | 'obligation.reminder'; webhookId: string } | null {
  if (left <= 0) return wants(sub, 'obligation.due') ? { kind: 'obligation.due', webhookId: `${base}:due` } : null;
  const n = [...sub.reminderWorkingDays].sort((a, b) => a - b).find((d) => d >= left);
  return n !== undefined && wants(sub, 'obligation.reminder') ? { kind: 'obligation.reminder', webhookId: `${base}:reminder:${n}` } : null;
}

async function subscribersOf(rt: WebhookRuntime): Promise<Map<string, Subscription[]>> {
  const byAgency = new Map<string, Subscription[]>();
  for (const agencyId of rt.subscriptions.subscribedAgencies()) {
    const subs = (await rt.subscriptions.forAgency(agencyId)).filter((s) => wants(s, 'obligation.due') || wants(s, 'obligation.reminder'));
    if (subs.length > 0) byAgency.set(agencyId, subs);
  }
  return byAgency;
}

async function remindOf(ctx: CaseContext, rt: WebhookRuntime, record: CaseRecord, key: string, day: string, subscribers: Map<string, Subscription[]>): Promise<number> {
  const view = record.state;
  const o = view.procedure.obligations[key];
  if (!o || o.due !== day) return 0; // closed since, or moved
  const owner = partyOf(view.parties, o.actor);
  const subs = owner && owner.service === ctx.service ? subscribers.get(owner.agencyId) : undefined;
  const today = todayOf(ctx);
  const left = daysLeft(today, o.due as LegalDate, ctx.calendar);
  if (!owner || !subs || left === null) return 0;
  let queued = 0;
  for (const sub of subs) {
    const chosen = obligationEventFor(sub, left, `${view.caseId}:${o.id}:${o.due}`);
    if (!chosen) continue;
    const event: WebhookEvent = {
      type: chosen.kind,
      timestamp: ctx.clock().toISOString(),
      data: { caseId: view.caseId, ruleSet: view.ruleSet, seq: view.events.length, obligationId: o.id, owedBy: owner.agencyId, due: o.due, workingDaysLeft: left, cite: o.cite, text: o.text },
    };
    if (await enqueueDelivery(rt, sub, owner.agencyId, chosen.webhookId, event)) queued++;
  }
  return queued;
}

/**
 * One pass: obligations due from a week ago to the furthest reminder day ahead, found in the
 * sweeper's due index (`dueOn(day)`), each checked on its case (still open, same due date, owed by
 * an agency served here). Reads nothing when no agency here subscribes to obligation events.
 * Returns how many deliveries it queued.
 */
export async function remindObligations(ctx: CaseContext, rt: WebhookRuntime): Promise<number> {
  const subscribers = await subscribersOf(rt);
  if (subscribers.size === 0) return 0;
  const today = todayOf(ctx);
  const most = Math.max(...[...subscribers.values()].flat().flatMap((s) => s.reminderWorkingDays));
  const last = addWorkingDays(today, most, ctx.calendar);
  let queued = 0;
  for (let day = plusDays(today, -LOOKBACK_DAYS); day <= last; day = plusDays(day, 1)) {
    for (const mark of await ctx.dues.dueOn(day)) {
      const record = await ctx.cases.findCurrent(mark.caseId);
      if (record) queued += await remindOf(ctx, rt, record, mark.key, day, subscribers);
    }
  }
  return queued;
}
