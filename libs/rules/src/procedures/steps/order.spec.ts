import { active, ev, rejected, step, TO_ACTIVE, walk } from '../../rule-sets/case-walk.fixture';

describe('orders and what follows them', () => {
  it('R3 §17: the order takes effect from the date in the confirming document, not another', () => {
    const awaiting = walk('R3', TO_ACTIVE.R3.slice(0, -1));
    const v = rejected(awaiting, ev('OrderIssued', 'sender', '2024-05-14', { effectiveFrom: '2024-06-04' }));
    expect(v.map((x) => [x.code, x.cite, x.details?.['startsOn']])).toEqual([['ORDER.START_DATE_MISMATCH', 'R3 §17', '2024-06-03']]);
  });

  it('R1 §17: the personal file is sent once', () => {
    const sent = step(active('R1'), ev('PersonalFileTransferred', 'sender', '2025-07-09')).state;
    expect(rejected(sent, ev('PersonalFileTransferred', 'sender', '2025-07-10')).map((x) => [x.code, x.cite])).toEqual([['CASE.ILLEGAL_TRANSITION', 'R1 §17']]);
  });

  it('R2 §12: the KPIs are approved once', () => {
    const approved = step(active('R2'), ev('KpiApproved', 'sender', '2024-04-15')).state;
    expect(rejected(approved, ev('KpiApproved', 'sender', '2024-04-16')).map((x) => [x.code, x.cite])).toEqual([['CASE.ILLEGAL_TRANSITION', 'R2 §12']]);
  });

  it('R2 §19: the sending body’s order is issued only on the copy of the MFA’s order', () => {
    const awaitingMfa = walk('R2', TO_ACTIVE.R2.slice(0, -2));
    expect(rejected(awaitingMfa, ev('SenderOrderIssued', 'sender', '2024-03-07', { dispatchedOn: '2024-04-01' })).map((x) => [x.code, x.cite])).toEqual([
      ['CASE.ILLEGAL_TRANSITION', 'R2 §19'],
    ]);
  });
});
