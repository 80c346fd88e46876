import type { Parties } from '@sx/contracts';
import { checkPartiesUnchanged } from './plausible-parties';

const before: Parties = {
  sender: { agencyId: 'ministry-of-finance', service: 'sending-body' },
  receiver: { agencyId: 'ministry-of-justice', service: 'receiving-body' },
};
const withApprover: Parties = { ...before, approver: { agencyId: 'prime-minister', service: 'prime-minister' } };
const otherApprover: Parties = { ...before, approver: { agencyId: 'presidential-administration', service: 'presidential-administration' } };

describe('checkPartiesUnchanged', () => {
  it('lets a newer message name the approver this copy lacks', () => {
    expect(() => checkPartiesUnchanged(before, withApprover, 'newer')).not.toThrow();
  });

  it('lets a redelivered older message predate the approver this copy holds', () => {
    expect(() => checkPartiesUnchanged(withApprover, before, 'older')).not.toThrow();
  });

  it('refuses a newer message that drops the approver this copy holds', () => {
    expect(() => checkPartiesUnchanged(withApprover, before, 'newer')).toThrow(/another approver/);
  });

  it('refuses any message that names another approver', () => {
    for (const age of ['older', 'newer'] as const) expect(() => checkPartiesUnchanged(withApprover, otherApprover, age)).toThrow(/another approver/);
  });
});
