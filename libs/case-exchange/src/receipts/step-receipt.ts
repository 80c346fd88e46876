import type { SignedRecord, StepReceipt } from '@sx/contracts';
import { signStatement, verifyStatement, type PublicKeyEntry, type SigningKey, type StatementCheck } from '@sx/messaging';
import { legalDateOf } from '@sx/rules';

/** This service's signed word that it applied `record`, received at `at`. */
export function issueReceipt(caseId: string, record: SignedRecord, agencyId: string, at: Date, key: SigningKey): StepReceipt {
  const statement = { caseId, seq: record.seq, recordHash: record.hash, receivedAt: at.toISOString(), receivedOn: legalDateOf(at), agencyId, service: key.service };
  return { ...statement, signature: signStatement(statement, key) };
}

/** Checks a receipt's signature: made by a key of the service it names. */
export function verifyReceipt(receipt: StepReceipt, publicKeys: readonly PublicKeyEntry[]): StatementCheck {
  const { signature, ...statement } = receipt;
  return verifyStatement(statement, signature, receipt.service, publicKeys);
}
