import { z } from 'zod';
import type { Cite } from '../common/citation';
import { text, type LocalizedText } from '../common/localized-text';

export const DOCUMENT_KINDS = ['reasoned-letter', 'nomination', 'cv', 'service-record', 'written-consent'] as const;
export const DocumentKindSchema = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

/** One item the law requires in the package, with the paragraph that requires it. */
export interface DocumentRequirement {
  readonly kind: DocumentKind;
  readonly cite: Cite;
}

// Names as the Kazakh text gives them (R1 §12, R2 §13, R3 §12), with the official Russian terms.
export const DOCUMENT_NAMES: Readonly<Record<DocumentKind, LocalizedText>> = {
  'reasoned-letter': text(
    'іссапарға бару туралы ұсыныспен негізделген хат',
    'мотивированное письмо с предложением о прикомандировании',
    'reasoned letter proposing the secondment',
  ),
  nomination: text('лауазымға ұсыныс', 'представление на должность', 'nomination for the position'),
  cv: text('өмірбаян', 'биография', 'biography (CV)'),
  'service-record': text('қызметтік тізім', 'послужной список', 'service record'),
  'written-consent': text(
    'кандидаттың іссапарға баруға жазбаша келісімі',
    'письменное согласие кандидата на прикомандирование',
    "the candidate's written consent to the secondment",
  ),
};
