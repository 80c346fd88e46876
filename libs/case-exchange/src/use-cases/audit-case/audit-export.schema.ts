import { z } from 'zod';
import { RuleSetSchema, StatementSignatureSchema } from '@sx/contracts';
import { PartiesComponent, SignedRecordComponent, StepReceiptComponent } from '../../http/api-components';

/** What an export commits to: its case and its length (the last record), signed by the exporting service. */
export const AuditHeadSchema = z
  .object({
    caseId: z.string().describe('The case the export is of: every record must name it.'),
    lastSeq: z.number().int().nonnegative().describe('The number of the last record: the export holds records 1 to `lastSeq`, none missing.'),
    lastHash: z.string().regex(/^[0-9a-f]{64}$/).describe('The `hash` of record `lastSeq`: an export cut short or extended does not end with it.'),
    exportedBy: z.string().describe('The service that exported the chain, which signed this head.'),
    exportedAt: z.iso.datetime().describe('When it was exported (UTC instant).'),
    signature: StatementSignatureSchema.describe('The exporting service’s signature over the head without `signature`.'),
  })
  .strict();
export type AuditHead = z.infer<typeof AuditHeadSchema>;

/** A case's audit chain as exported for an auditor: enough to check it offline with the services' public keys. */
export const AuditExportSchema = z
  .object({
    format: z.literal('sx-audit-chain/2').describe('The export format and its version, so an auditor’s tool knows how to read it.'),
    caseId: z.string().describe('The case whose chain this is.'),
    ruleSet: RuleSetSchema.describe('The rules that govern the case (R1, R2 or R3).'),
    parties: PartiesComponent,
    exportedBy: z.string().describe('The service that exported the chain.'),
    exportedAt: z.iso.datetime().describe('When it was exported (UTC instant).'),
    head: AuditHeadSchema.describe('The export’s commitment to its case and its last record, signed by the exporting service: `npm run audit:verify` refuses an export relabelled, cut short or mixed with another case’s records.'),
    records: z.array(SignedRecordComponent).describe('Every step of the case, in `seq` order, each linked to the one before by `prevHash`, binding its case, candidate and package, naming who decided, and signed by the service that recorded it.'),
    receipts: z.array(StepReceiptComponent).describe('The signed receipts this service holds: those it gave for the steps it applied, and those the other parties sent for its own steps.'),
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
