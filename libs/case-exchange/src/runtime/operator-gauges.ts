import { observeGauge, type GaugeReading } from '@sx/observability';
import { rolesOfAgency } from '../case-view/parties';
import { todayOf, type CaseContext } from '../context/case-context';

// A list page large enough that an agency's overdue cases fit in one read.
const OVERDUE_SCAN_LIMIT = 10_000;

/**
 * The readings an operator asks for that live in the store: the outbox (steps committed, not yet
 * confirmed by the broker) and how old its oldest entry is, and open obligations already past their
 * due date, by the agency that owes them. Read only when metrics are collected.
 */
export function observeCaseGauges(ctx: Pick<CaseContext, 'service' | 'agencies' | 'cases' | 'clock'>): void {
  observeGauge('sx.outbox.depth', 'Committed changes whose messages the broker has not confirmed yet', '{change}', async () => {
    const { depth } = await ctx.cases.log.outboxBacklog();
    return [{ value: depth }];
  });
  observeGauge('sx.relay.lag', 'Age of the oldest committed change still waiting for the broker (0 when none waits)', 's', async () => {
    const { oldest } = await ctx.cases.log.outboxBacklog();
    return [{ value: oldest ? Math.max(0, (Date.now() - oldest.getTime()) / 1000) : 0 }];
  });
  observeGauge('sx.obligations.overdue', 'Open obligations past their due date, by the agency that owes the step', '{obligation}', async () => {
    const today = todayOf(ctx);
    const readings: GaugeReading[] = [];
    for (const agency of ctx.agencies.servedBy(ctx.service)) {
      const cases = await ctx.cases.list({ agencyId: agency.id, overdueBefore: today, limit: OVERDUE_SCAN_LIMIT });
      let overdue = 0;
      for (const c of cases) {
        const roles = rolesOfAgency(c.state, agency.id, ctx.service);
        overdue += Object.values(c.state.procedure.obligations).filter((o) => o.due !== null && o.due < today && roles.includes(o.actor)).length;
      }
      readings.push({ value: overdue, attributes: { agency: agency.id } });
    }
    return readings;
  });
}
