// R1 §12 — what it prescribes: with its reasoned letter the MFA sends the nomination for the position,
// the CV, the service record and the diplomat's written consent.
import type { DocumentRequirement } from '../documents/document-kind';

// R1 §12 — the MFA sends the receiver a reasoned letter with the proposal and these documents.
export const r1p12: readonly DocumentRequirement[] = [
  { kind: 'reasoned-letter', cite: 'R1 §12' },
  { kind: 'nomination', cite: 'R1 §12(1)' },
  { kind: 'cv', cite: 'R1 §12(2)' },
  { kind: 'service-record', cite: 'R1 §12(3)' },
  { kind: 'written-consent', cite: 'R1 §12(4)' },
];
