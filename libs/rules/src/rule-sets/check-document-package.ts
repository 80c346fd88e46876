import type { RuleSet } from '../common/citation';
import { violationsOf, type ConditionResult } from '../common/condition-result';
import { text } from '../common/localized-text';
import type { RuleViolation } from '../common/rule-violation';
import { r1p12 } from '../r1/p12-documents';
import { r2p13 } from '../r2/p13-documents';
import { r3p12 } from '../r3/p12-documents';
import { DOCUMENT_NAMES, type DocumentKind, type DocumentRequirement } from '../documents/document-kind';

export const DOCUMENTS_MISSING = 'DOCUMENTS.MISSING';

const REQUIREMENTS: Readonly<Record<RuleSet, readonly DocumentRequirement[]>> = { R1: r1p12, R2: r2p13, R3: r3p12 };

export const requiredDocuments = (ruleSet: RuleSet): readonly DocumentRequirement[] => REQUIREMENTS[ruleSet];

/** Every document the package must hold, each with its own paragraph and whether it is there. */
export function evaluateDocumentPackage(ruleSet: RuleSet, presentKinds: Iterable<DocumentKind>): ConditionResult[] {
  const present = new Set(presentKinds);
  return REQUIREMENTS[ruleSet].map((r) => {
    const name = DOCUMENT_NAMES[r.kind];
    const requirement = text(`Құжаттар топтамасында бар: ${name.kk}`, `В пакете документов есть: ${name.ru}`, `The document package holds: ${name.en}`);
    const base = { cite: r.cite, code: DOCUMENTS_MISSING, requirement };
    if (present.has(r.kind)) return { ...base, status: 'passed' };
    return {
      ...base,
      status: 'failed',
      violation: {
        code: DOCUMENTS_MISSING,
        cite: r.cite,
        text: text(`Құжаттар топтамасында жоқ: ${name.kk}`, `В пакете документов отсутствует: ${name.ru}`, `The document package lacks: ${name.en}`),
        details: { kind: r.kind },
      },
    };
  });
}

/** Every missing document, each with its own paragraph: the letter and the package travel together. */
export const checkDocumentPackage = (ruleSet: RuleSet, presentKinds: Iterable<DocumentKind>): RuleViolation[] =>
  violationsOf(evaluateDocumentPackage(ruleSet, presentKinds));
