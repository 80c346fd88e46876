import { CaseDocumentSchema, PartiesSchema, SignedRecordSchema, StepReceiptSchema } from '@sx/contracts';

/*
 * The shapes several operations share, named once as components of the API documents: the client gets
 * one type for each instead of a copy per operation. Each id is set here, on a copy, not on the
 * contract's schema, so the frozen wire contract (inlined JSON Schema) stays as it is. A component
 * carries its own description; where one is used it is not described again (that would inline a copy).
 */

export const SignedRecordComponent = SignedRecordSchema.meta({ id: 'SignedRecord' });

export const PartiesComponent = PartiesSchema.meta({
  id: 'Parties',
  description: 'Every party of the case: its agency and the service it acts through. A record is valid only when its signer is the service of the party whose role took the step.',
});

export const StepReceiptComponent = StepReceiptSchema.meta({
  id: 'StepReceipt',
  description: 'A party’s signed receipt of a step: it applied that record on that day, “received by <agency> at <time>”. Where the law counts a period from receipt, the day after `receivedOn` is its first.',
});

export const CaseDocumentComponent = CaseDocumentSchema.meta({
  id: 'CaseDocument',
  description: 'A document of the package: its kind, file name, media type, SHA-256 and the proposal it belongs to.',
});
