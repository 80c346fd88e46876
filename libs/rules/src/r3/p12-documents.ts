// R3 §12 — what it prescribes: with its reasoned letter the sending body sends the nomination for the
// position, the CV, the service record and the civil servant's written consent.
import type { DocumentRequirement } from '../documents/document-kind';

// R3 §12 — the sending body sends the receiver a reasoned letter with the proposal and these documents.
export const r3p12: readonly DocumentRequirement[] = [
  { kind: 'reasoned-letter', cite: 'R3 §12' },
  { kind: 'nomination', cite: 'R3 §12(1)' },
  { kind: 'cv', cite: 'R3 §12(2)' },
  { kind: 'service-record', cite: 'R3 §12(3)' },
  { kind: 'written-consent', cite: 'R3 §12(4)' },
];
