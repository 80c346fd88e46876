import { loadServiceConfig } from '../runtime/service-config';
import { obligationEventFor } from './obligation-reminders';

const sub = { events: ['obligation.reminder', 'obligation.due'] as const, reminderWorkingDays: [3, 1] };
const base = 'c1:R3.receiver-decision:2026-04-06';

describe('which obligation event a subscription gets, and its webhook-id (the "once")', () => {
  it('sends the 3-day reminder at 3 days left, the 1-day one at 1, and nothing further out', () => {
    expect(obligationEventFor({ ...sub, events: [...sub.events] }, 4, base)).toBeNull();
    expect(obligationEventFor({ ...sub, events: [...sub.events] }, 3, base)).toEqual({ kind: 'obligation.reminder', webhookId: `${base}:reminder:3` });
    expect(obligationEventFor({ ...sub, events: [...sub.events] }, 1, base)).toEqual({ kind: 'obligation.reminder', webhookId: `${base}:reminder:1` });
  });

  it('at 2 days left names the 3-day reminder again: sent then only if it was missed (same webhook-id, recorded once)', () => {
    expect(obligationEventFor({ ...sub, events: [...sub.events] }, 2, base)?.webhookId).toBe(`${base}:reminder:3`);
  });

  it('sends obligation.due from the due date on (also late, after an outage), once per due date', () => {
    expect(obligationEventFor({ ...sub, events: [...sub.events] }, 0, base)).toEqual({ kind: 'obligation.due', webhookId: `${base}:due` });
    expect(obligationEventFor({ ...sub, events: [...sub.events] }, -2, base)).toEqual({ kind: 'obligation.due', webhookId: `${base}:due` });
  });

  it('sends only the event types subscribed to', () => {
    expect(obligationEventFor({ events: ['obligation.due'], reminderWorkingDays: [3, 1] }, 1, base)).toBeNull();
    expect(obligationEventFor({ events: ['obligation.reminder'], reminderWorkingDays: [3, 1] }, 0, base)).toBeNull();
  });
});

describe('webhook settings from the environment', () => {
  const load = (env: Record<string, string>) => loadServiceConfig('sending-body', { SX_DEV_KEYS: '1', ...env }, { fail: (m) => { throw new Error(m); } });

  it('defaults to ≥ 24 h of retries, reminders 3 and 1 working days before, and no allowed local networks', () => {
    const w = load({}).webhooks;
    expect(w.retryDelaysMs.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(24 * 3600 * 1000);
    expect(w.reminderWorkingDays).toEqual([3, 1]);
    expect(w.allowList.networks).toEqual([]);
  });

  it('reads a schedule, reminder days and an allow-list, and names a bad allow-list entry', () => {
    const w = load({ SX_WEBHOOK_RETRY_DELAYS_MS: '100,200', SX_REMINDER_WORKING_DAYS: '1,5', SX_WEBHOOK_ALLOWED_NETWORKS: '10.0.0.0/8,hooks.internal' }).webhooks;
    expect(w.retryDelaysMs).toEqual([100, 200]);
    expect(w.reminderWorkingDays).toEqual([5, 1]);
    expect(w.allowList.hosts).toEqual(new Set(['hooks.internal']));
    expect(() => load({ SX_WEBHOOK_ALLOWED_NETWORKS: '10.0.0.0/33' })).toThrow(/SX_WEBHOOK_ALLOWED_NETWORKS: 10.0.0.0\/33: not a CIDR/);
  });
});
