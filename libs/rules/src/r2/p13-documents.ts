// R2 §13 — what it prescribes: with its reasoned letter the sending body sends the MFA the nomination
// for the position, the CV, the service record and the candidate's written consent.
import type { DocumentRequirement } from '../documents/document-kind';

// R2 §13 — the sending body sends the MFA a reasoned letter with the proposal and these documents.
export const r2p13: readonly DocumentRequirement[] = [
  { kind: 'reasoned-letter', cite: 'R2 §13' },
  { kind: 'nomination', cite: 'R2 §13(1)' },
  { kind: 'cv', cite: 'R2 §13(2)' },
  { kind: 'service-record', cite: 'R2 §13(3)' },
  { kind: 'written-consent', cite: 'R2 §13(4)' },
];
