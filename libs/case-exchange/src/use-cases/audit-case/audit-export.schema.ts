import { z } from 'zod';
import { PartiesSchema, RuleSetSchema, SignedRecordSchema } from '@sx/contracts';

/** A case's audit chain as exported for an auditor: enough to check it offline with the services' public keys. */
export const AuditExportSchema = z
  .object({
    format: z.literal('sx-audit-chain/1'),
    caseId: z.string(),
    ruleSet: RuleSetSchema,
    parties: PartiesSchema,
    exportedBy: z.string(),
    exportedAt: z.iso.datetime(),
    records: z.array(SignedRecordSchema),
    /** The exporting service's own check of the chain at export time. */
    verification: z.object({ ok: z.boolean(), code: z.string().optional(), seq: z.number().int().optional(), message: z.string().optional() }),
  })
  .strict();
export type AuditExport = z.infer<typeof AuditExportSchema>;
