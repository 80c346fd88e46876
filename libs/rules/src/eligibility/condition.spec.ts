import { text } from '../common/localized-text';
import { aCandidate, ELIGIBLE_AS_OF } from '../samples/candidate.fixture';
import { checkAll, condition, evaluateAll } from './condition';
import { ELIGIBILITY_CODES as C } from './eligibility-codes';

const ctx = { asOf: ELIGIBLE_AS_OF };
const t = text('kk', 'ru', 'en');
const r = text('kk+', 'ru+', 'en+');
const w = { requires: r, fails: t };

describe('condition and checkAll', () => {
  it('R3 §10: every failed condition is reported, in the order of the law, not only the first', () => {
    const failures = checkAll(
      [
        condition('R3 §10(1)', C.SERVICE_TOO_SHORT, () => false, w),
        condition('R3 §10(2)', C.UNEXPUNGED_SANCTION, () => true, w),
        condition('R3 §10(3)', C.ACTING_OR_REPLACING, () => ({ met: false, details: { why: 'test' } }), { requires: () => r, fails: () => t }),
      ],
      aCandidate(),
      ctx,
    );
    expect(failures).toEqual([
      { code: C.SERVICE_TOO_SHORT, cite: 'R3 §10(1)', text: t },
      { code: C.ACTING_OR_REPLACING, cite: 'R3 §10(3)', text: t, details: { why: 'test' } },
    ]);
  });
  it('R2 §11(5): a condition that does not apply to the candidate is skipped, not failed', () => {
    const failures = checkAll([condition('R2 §11(5)', C.KPI_BELOW_THRESHOLD, () => false, w, () => false)], aCandidate(), ctx);
    expect(failures).toEqual([]);
  });
  it('R3 §10: an outcome without details yields a violation without details', () => {
    const [v] = checkAll([condition('R3 §10(6)', C.NO_WRITTEN_CONSENT, () => ({ met: false }), w)], aCandidate(), ctx);
    expect(v).toEqual({ code: C.NO_WRITTEN_CONSENT, cite: 'R3 §10(6)', text: t });
  });
});

describe('evaluateAll', () => {
  it('R2 §11: every condition is listed with its requirement and verdict, the inapplicable ones too', () => {
    const results = evaluateAll(
      [
        condition('R2 §11(1)', C.SERVICE_TOO_SHORT, () => true, w),
        condition('R2 §11(3)', C.UNEXPUNGED_SANCTION, () => false, w),
        condition('R2 §11(5)', C.KPI_BELOW_THRESHOLD, () => false, w, () => false),
      ],
      aCandidate(),
      ctx,
    );
    expect(results).toEqual([
      { cite: 'R2 §11(1)', code: C.SERVICE_TOO_SHORT, requirement: r, status: 'passed' },
      { cite: 'R2 §11(3)', code: C.UNEXPUNGED_SANCTION, requirement: r, status: 'failed', violation: { code: C.UNEXPUNGED_SANCTION, cite: 'R2 §11(3)', text: t } },
      { cite: 'R2 §11(5)', code: C.KPI_BELOW_THRESHOLD, requirement: r, status: 'notApplicable' },
    ]);
  });
});
