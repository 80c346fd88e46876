import { expectedSeqOf } from '../../http/case-version';
import { MAX_WAIT_S, preferredWaitS, waitHeaders, waitMsOf } from './await-case.http';

describe('GET /cases/{id}: how long to hold the read', () => {
  it('afterSeq alone waits the default 10 s; `wait` or Prefer: wait=N set it, capped at 30 s', () => {
    expect(waitMsOf({ afterSeq: 1 }, {})).toBe(10_000);
    expect(waitMsOf({ afterSeq: 1, wait: 3 }, { Prefer: 'wait=20' })).toBe(3000);
    expect(waitMsOf({ afterSeq: 1 }, { Prefer: 'respond-async, wait=20' })).toBe(20_000);
    expect(waitMsOf({ afterSeq: 1 }, { Prefer: 'wait=600' })).toBe(MAX_WAIT_S * 1000);
  });

  it('without afterSeq and without Prefer: wait, the read answers at once', () => {
    expect(waitMsOf({}, {})).toBeUndefined();
    expect(waitMsOf({ wait: 5 }, { Prefer: 'return=minimal' })).toBeUndefined();
    expect(preferredWaitS('return=minimal')).toBeUndefined();
  });

  it('says whether the step arrived, and echoes the applied preference', () => {
    expect(waitHeaders(true, 10_000, {})).toEqual({ 'Wait-Outcome': 'arrived' });
    expect(waitHeaders(false, 5000, { Prefer: 'wait=5' })).toEqual({ 'Wait-Outcome': 'timed-out', 'Preference-Applied': 'wait=5' });
  });
});

describe('If-Match: the seq it names', () => {
  it('reads "3" and W/"3"; none or * expects nothing', () => {
    expect(expectedSeqOf('"3"')).toBe(3);
    expect(expectedSeqOf('W/"12"')).toBe(12);
    expect(expectedSeqOf('*')).toBeUndefined();
    expect(expectedSeqOf(undefined)).toBeUndefined();
  });
});
