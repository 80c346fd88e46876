import { z } from 'zod';
import { PartiesSchema, RuleSetSchema, SignedRecordSchema } from '@sx/contracts';

/** A case's audit chain as exported for an auditor: enough to check it offline with the services' public keys. */
export const AuditExportSchema = z
  .object({
    format: z.literal('sx-audit-chain/1').describe('The export format and its version, so an auditor’s tool knows how to read it.'),
    caseId: z.string().describe('The case whose chain this is.'),
    ruleSet: RuleSetSchema.describe('The rules that govern the case (R1, R2 or R3).'),
    parties: PartiesSchema.describe('Every party: its agency and service. A record is valid only when its signer is the service of the party whose role took the step.'),
    exportedBy: z.string().describe('The service that exported the chain.'),
    exportedAt: z.iso.datetime().describe('When it was exported (UTC instant).'),
    records: z.array(SignedRecordSchema).describe('Every step of the case, in `seq` order, each linked to the one before by `prevHash` and signed by the service that recorded it: check the chain offline with the services’ public keys.'),
    /** The exporting service's own check of the chain at export time. */
    verification: z
      .object({
        ok: z.boolean().describe('Whether every hash link and signature of the chain verified.'),
        code: z.string().optional().describe('When not ok: what failed, e.g. `CASE.FORGED_ACTOR`.'),
        seq: z.number().int().optional().describe('When not ok: the first record that failed.'),
        message: z.string().optional().describe('When not ok: the failure in words.'),
      })
      .describe('The exporting service’s own check of the chain at export time.'),
  })
  .strict();
export type AuditExport = z.infer<typeof AuditExportSchema>;
