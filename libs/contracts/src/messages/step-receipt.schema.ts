import { z } from 'zod';
import { defineMessage } from './message-definition';
import { AgencyIdSchema, CaseIdSchema, SERVICE_NAMES, ServiceNameSchema } from '../common/service-name.schema';

const Sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/);

/** The signature of a statement (a receipt, an export's head): Ed25519 over the SHA-256 of its canonical JSON. */
export const StatementSignatureSchema = z
  .object({
    keyId: z.string().min(1).max(200).describe('The signing key’s id, `<service>:<fingerprint>`: which public key (SX_PUBLIC_KEYS) verifies the signature.'),
    value: z.string().min(1).max(200).describe('The Ed25519 signature, base64, over the SHA-256 of the canonical JSON of the statement without `signature`.'),
  })
  .strict();

/**
 * A party's signed word that its service applied a step: which case, which step (by its record's
 * hash), and when it was received. The receiving party's `receivedOn` is the day a period counted
 * from receipt starts from.
 */
export const StepReceiptSchema = z
  .object({
    caseId: CaseIdSchema.describe('The case of the step.'),
    seq: z.number().int().positive().describe('The step received.'),
    recordHash: Sha256HexSchema.describe('The `hash` of the record received: a receipt for another record than the author’s is refused.'),
    receivedAt: z.iso.datetime().describe('When the receiving service applied the step (UTC instant).'),
    receivedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('The legal date of receipt (Asia/Almaty): where the law counts a period from receipt, it starts the day after this.'),
    agencyId: AgencyIdSchema.describe('The agency that received the step.'),
    service: ServiceNameSchema.describe('The service through which it received the step, and which signed the receipt.'),
    signature: StatementSignatureSchema.describe('The receiving service’s signature over the receipt.'),
  })
  .strict();
export type StepReceipt = z.infer<typeof StepReceiptSchema>;

export const StepReceiptMessage = defineMessage({
  type: 'StepReceipt',
  version: 1,
  from: SERVICE_NAMES,
  to: SERVICE_NAMES,
  description: 'A party’s signed receipt for a step it applied, sent back to the step’s author, which keeps it and shows “received by <agency> at <time>”.',
  payload: StepReceiptSchema,
});
