import type { Parties } from '@sx/contracts';
import { agenciesOf, partyOf, rolesOfAgency } from './parties';

const r3: Parties = {
  sender: { agencyId: 'ministry-of-finance', service: 'sending-body' },
  receiver: { agencyId: 'ministry-of-justice', service: 'receiving-body' },
};
const r2: Parties = {
  sender: { agencyId: 'ministry-of-finance', service: 'sending-body' },
  receiver: { agencyId: 'embassy-of-x', service: 'foreign-affairs' },
  mfa: { agencyId: 'mfa', service: 'foreign-affairs' },
};

describe('the parties of a case', () => {
  describe('partyOf', () => {
    it('finds the party holding a role', () => {
      expect(partyOf(r3, 'receiver')).toEqual(r3.receiver);
    });

    it('finds no party for the seconded person, who has no service', () => {
      expect(partyOf(r3, 'seconded-person')).toBeUndefined();
    });

    it('finds no approver before one is added', () => {
      expect(partyOf(r3, 'approver')).toBeUndefined();
    });
  });

  describe('rolesOfAgency', () => {
    it('gives the sender role to the sending agency at the sending-body service', () => {
      expect(rolesOfAgency({ parties: r3, ruleSet: 'R3' }, 'ministry-of-finance', 'sending-body')).toEqual(['sender']);
    });

    it('gives no role to a party agency at a service other than its own', () => {
      expect(rolesOfAgency({ parties: r3, ruleSet: 'R3' }, 'ministry-of-finance', 'receiving-body')).toEqual([]);
    });

    it('gives no role to an agency that is not a party', () => {
      expect(rolesOfAgency({ parties: r3, ruleSet: 'R3' }, 'ministry-of-energy', 'sending-body')).toEqual([]);
    });

    it('gives no role the service does not play in the rule set, even to the named party', () => {
      // sending-body plays no role under R1, so a case claiming otherwise grants nothing there.
      expect(rolesOfAgency({ parties: r3, ruleSet: 'R1' }, 'ministry-of-finance', 'sending-body')).toEqual([]);
    });

    it('lists every role an agency holds through one service, the MFA before the receiver', () => {
      const both: Parties = { ...r2, receiver: { agencyId: 'mfa', service: 'foreign-affairs' } };
      expect(rolesOfAgency({ parties: both, ruleSet: 'R2' }, 'mfa', 'foreign-affairs')).toEqual(['mfa', 'receiver']);
    });

    it('gives the approver role once the approver is a party', () => {
      const parties: Parties = { ...r3, approver: { agencyId: 'prime-minister', service: 'prime-minister' } };
      expect(rolesOfAgency({ parties, ruleSet: 'R3' }, 'prime-minister', 'prime-minister')).toEqual(['approver']);
    });
  });

  describe('agenciesOf', () => {
    it('lists every party agency once, in role order', () => {
      const parties: Parties = { ...r2, approver: { agencyId: 'presidential-administration', service: 'presidential-administration' } };
      expect(agenciesOf(parties)).toEqual(['ministry-of-finance', 'mfa', 'embassy-of-x', 'presidential-administration']);
    });

    it('lists an agency holding two roles once', () => {
      expect(agenciesOf({ ...r2, receiver: { agencyId: 'mfa', service: 'foreign-affairs' } })).toEqual(['ministry-of-finance', 'mfa']);
    });
  });
});
