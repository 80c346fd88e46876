import { SignedRecordSchema } from '@sx/contracts';

/**
 * The signed record as the API documents name it: the case, its audit export and the client share one
 * `SignedRecord` component instead of a copy per operation. The id is set here, not on the contract's
 * schema, so the frozen wire contract (inlined JSON Schema) stays as it is.
 */
export const SignedRecordComponent = SignedRecordSchema.meta({ id: 'SignedRecord' });
