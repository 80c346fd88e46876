import { approverParty } from './approver-party';

describe('approverParty', () => {
  it('sends a decision of the President to the Presidential Administration’s service', () => {
    expect(approverParty('president')).toEqual({ agencyId: 'presidential-administration', service: 'presidential-administration' });
  });

  it('sends a decision of the Head of the Presidential Administration to the same service', () => {
    expect(approverParty('presidential-administration')).toEqual({ agencyId: 'presidential-administration', service: 'presidential-administration' });
  });

  it('sends a decision of the Prime Minister to the prime-minister service', () => {
    expect(approverParty('prime-minister')).toEqual({ agencyId: 'prime-minister', service: 'prime-minister' });
  });

  it('names no approver when no approval is required', () => {
    expect(approverParty('not-required')).toBeUndefined();
  });

  it('names no approver before the approving authority is known', () => {
    expect(approverParty(undefined)).toBeUndefined();
  });
});
