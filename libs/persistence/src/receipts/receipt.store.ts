import type { Connection } from 'mongoose';
import type { StepReceipt } from '@sx/contracts';
import { TypedCollection } from '../typed-collection';

type ReceiptDocument = StepReceipt & { _id: string };

/** The key a receipt is stored and found under within its case: one per step and receiving service. */
export const receiptKey = (r: Pick<StepReceipt, 'seq' | 'service'>): string => `${r.seq}:${r.service}`;

const idOf = (caseId: string, key: string): string => `${caseId}|${key}`;

/**
 * The receipts other parties sent for the steps this service took. Insert-only, one document per
 * step and receiving service (a redelivered receipt is the same document): no update ever races.
 */
export class ReceiptStore {
  private readonly receipts: TypedCollection<ReceiptDocument>;

  constructor(conn: Connection) {
    this.receipts = new TypedCollection<ReceiptDocument>(conn, 'receipts');
  }

  init(): Promise<void> {
    return this.receipts.create();
  }

  async add(receipt: StepReceipt): Promise<void> {
    await this.receipts.insertOnce({ _id: idOf(receipt.caseId, receiptKey(receipt)), ...receipt });
  }

  async has(caseId: string, key: string): Promise<boolean> {
    return (await this.receipts.findById(idOf(caseId, key))) !== null;
  }

  /** The receipts of these keys (`<seq>:<service>`) that arrived. */
  async find(caseId: string, keys: readonly string[]): Promise<StepReceipt[]> {
    const docs = await this.receipts.findByIds(keys.map((k) => idOf(caseId, k)));
    return docs.map(({ _id: _ignored, ...receipt }) => receipt);
  }
}
