import type { Parties, StepReceipt } from '@sx/contracts';
import { devKeyRing } from '@sx/messaging';
import { newCaseView } from '../case-view/new-case-view';
import type { ReceiptStore } from '@sx/persistence';
import { sealedStep } from '../testing/sealed-record';
import { caseReceipts } from './case-receipts';
import { issueReceipt } from './step-receipt';

const parties: Parties = { sender: { agencyId: 'ministry-of-finance', service: 'sending-body' }, receiver: { agencyId: 'ministry-of-justice', service: 'receiving-body' } };
const submitted = sealedStep(1, { type: 'ProposalSubmitted', actor: 'sender', on: '2026-03-18', receiverKind: 'central-executive-body' }, parties.sender);
const view = { ...newCaseView({ caseId: 'c1', ruleSet: 'R3', reference: '01/1', parties, candidate: { fullName: 'A', position: 'B', presidentialAdministrationServant: false } }), events: [submitted] };
const storeHolding = (receipts: StepReceipt[]): ReceiptStore => ({ find: async () => receipts }) as unknown as ReceiptStore;
const receipt = (recordHash: string): StepReceipt => ({ ...issueReceipt('c1', { ...submitted, hash: recordHash }, 'ministry-of-justice', new Date('2026-03-18T06:00:00Z'), devKeyRing('receiving-body').signingKey) });

describe('the receipts a case shows (issue #17)', () => {
  it('shows a receipt for the very record this copy holds at that step', async () => {
    expect(await caseReceipts(view, 'sending-body', storeHolding([receipt(submitted.hash)]))).toHaveLength(1);
  });

  it('leaves out a receipt about another record than this copy’s at that step', async () => {
    expect(await caseReceipts(view, 'sending-body', storeHolding([receipt('e'.repeat(64))]))).toEqual([]);
  });
});
