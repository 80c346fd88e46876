import { legalDate } from '@sx/rules';
import type { CaseRecord } from '../../case-view/case-record';
import { settled } from './sweep-due-cases';

// A record with only what `settled` reads: the log length and the open obligations.
const record = (rev: number, obligations: Record<string, { due: string | null }> = {}, missed: Record<string, string> = {}): CaseRecord =>
  ({ rev, state: { procedure: { obligations }, missedDeadlines: missed } }) as unknown as CaseRecord;
const today = legalDate('2026-03-18');
const mark = { caseId: 'c1', key: 'R3~release-notice', due: null, rev: 7 };

describe('the sweeper drops an attention mark only when its obligation is settled', () => {
  it('a case read before the step that opens the obligation was appended keeps the mark (the mark is written first)', () => {
    // Without the log-length check this was "settled": the mark was dropped and the obligation never swept again.
    expect(settled(record(6), mark, today)).toBe(false);
  });
  it('a case read at or after that length without the obligation drops it: closed, or the step lost its race', () => {
    expect(settled(record(7), mark, today)).toBe(true);
    expect(settled(record(9), mark, today)).toBe(true);
  });
  it('an undated obligation stays; a dated one ahead or recorded as missed is done', () => {
    expect(settled(record(7, { [mark.key]: { due: null } }), mark, today)).toBe(false);
    expect(settled(record(7, { [mark.key]: { due: '2026-03-20' } }), mark, today)).toBe(true);
    expect(settled(record(7, { [mark.key]: { due: '2026-03-10' } }), mark, today)).toBe(false);
    expect(settled(record(7, { [mark.key]: { due: '2026-03-10' } }, { [mark.key]: '2026-03-11' }), mark, today)).toBe(true);
  });
  it('a mark written before marks carried a length is judged as before', () => {
    expect(settled(record(1), { caseId: 'c1', key: 'k', due: null }, today)).toBe(true);
  });
});
