import { ApiError } from '@sx/http-kit';
import type { CaseRecord } from '../persistence/case.store';
import { decideExpecting, seqOf, StaleVersionError } from './expected-seq';

// Only the seq (the number of signed steps) matters to the check; the rest of the case is not read.
const atSeq = (seq: number): CaseRecord => ({ id: 'c1', rev: seq + 2, state: { events: Array.from({ length: seq }) } }) as unknown as CaseRecord;
const entries = [{ state: {}, history: [] }] as unknown as ReturnType<typeof decideExpecting>;

describe('If-Match: the expected seq is checked on the caught-up case', () => {
  it('the same seq decides; no expectation decides whatever the seq', () => {
    expect(decideExpecting('c1', atSeq(2), () => entries, 2)).toBe(entries);
    expect(decideExpecting('c1', atSeq(2), () => entries, undefined)).toBe(entries);
    expect(seqOf(null)).toBe(0);
  });

  it('another seq refuses with the current and the expected seq, even where the rules would refuse too', () => {
    expect(() => decideExpecting('c1', atSeq(3), () => entries, 2)).toThrow(StaleVersionError);
    const illegal = (): never => {
      throw new ApiError(409, 'CASE.ILLEGAL_TRANSITION', { kk: '', ru: '', en: '' });
    };
    try {
      decideExpecting('c1', atSeq(3), illegal, 2);
      throw new Error('not refused');
    } catch (err) {
      expect(err).toMatchObject({ code: 'CASE.STALE_VERSION', seq: 3, expected: 2 });
    }
  });

  it('a 404 (not a party) wins over a stale version: an outsider does not learn the seq', () => {
    const notAParty = (): never => {
      throw new ApiError(404, 'CASE.NOT_FOUND', { kk: '', ru: '', en: '' });
    };
    expect(() => decideExpecting('c1', atSeq(3), notAParty, 2)).toThrow(expect.objectContaining({ code: 'CASE.NOT_FOUND' }));
  });
});
