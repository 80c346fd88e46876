import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVICE_NAMES } from '@sx/contracts';
import { buildCalendar, legalDate, sampleCalendarYear, shippedCalendarYears, subtractWorkingDays } from '@sx/rules';
import { waitFor } from '@sx/testing';
import { caseAt, type CaseBody } from './support/case-flows';
import { useExchange } from './support/exchange';
import { walkToActive } from './support/walk-to-active';

// SPEC Deadlines: the working calendar is operator data. A secondment starting 1 April 2026 runs to
// 31 March 2029 (R3 §8, the start date is day one), so its release notice (R3 §19) falls in 2029, a
// year the shipped calendar does not hold: the due date is blocked, not guessed. The operator drops
// a 2029 year file into SX_CALENDAR_DIR and sends SIGHUP; the sweeper's next pass computes the date
// at every party. (The year file is sample data, made up from the 2027 holidays.)
const YEAR = 2029;
const dir = mkdtempSync(join(tmpdir(), 'sx-e2e-calendar-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SPEC Deadlines: an operator adds a calendar year to a running exchange', () => {
  const exchange = useExchange({ env: { SX_FIXED_NOW: '2026-03-18T10:00:00+05:00', SX_CALENDAR_DIR: dir, SX_SWEEP_INTERVAL_MS: '300' } });
  const finance = () => exchange.api('sending-body', 'ministry-of-finance');
  const justice = () => exchange.api('receiving-body', 'ministry-of-justice');
  const notice = (c: CaseBody) => c.obligations.find((o) => o.id === 'R3.release-notice');

  it('R3 §8, §19: the release notice of a term ending on 31 March 2029 is blocked until the 2029 calendar is loaded, then computed at every party without a restart', async () => {
    const caseId = await walkToActive(exchange, 'R3');
    const before = await caseAt(justice(), caseId, 7);
    expect(before.obligations.find((o) => o.id === 'R3.release-notice')).toMatchObject({ due: null, cite: 'R3 §19', dueBlockedBy: { code: 'CALENDAR.YEAR_NOT_COVERED' } });
    expect((before as CaseBody & { procedure: Record<string, unknown> }).procedure).toMatchObject({ termEndsOn: '2029-03-31', returnsOn: '2029-04-01' });

    writeFileSync(join(dir, `kz-${YEAR}.json`), JSON.stringify(sampleCalendarYear(YEAR)));
    for (const service of SERVICE_NAMES) process.kill(exchange.process(service).pid as number, 'SIGHUP');

    const expected = subtractWorkingDays(legalDate('2029-03-31'), 10, buildCalendar([...shippedCalendarYears, sampleCalendarYear(YEAR)]));
    for (const client of [justice(), finance()]) {
      const computed = await waitFor(
        async () => {
          const res = await client.get<CaseBody>(`/cases/${caseId}`);
          const due = res.status === 200 ? notice(res.body)?.due : null;
          return due ? res.body : undefined;
        },
        { timeoutMs: 60_000, intervalMs: 200, description: 'the sweeper to compute the release notice' },
      );
      expect(notice(computed)).toMatchObject({ due: expected, actor: 'receiver', cite: 'R3 §19' });
      expect(notice(computed)).not.toHaveProperty('dueBlockedBy');
    }
    // Ten working days before Saturday 31 March 2029, skipping Nauryz (21–23 March) and 15 March.
    expect(expected).toBe('2029-03-13');
    const log = exchange.process('receiving-body').output.jsonLines();
    expect(log.some((l) => /working calendar reloaded \(SIGHUP\)/.test(String(l['msg'])))).toBe(true);
  });
});
