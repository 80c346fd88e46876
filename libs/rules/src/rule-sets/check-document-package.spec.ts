import { checkDocumentPackage, evaluateDocumentPackage, requiredDocuments } from './check-document-package';
import { DOCUMENT_KINDS } from '../documents/document-kind';

describe('document package', () => {
  it.each(['R1', 'R2', 'R3'] as const)('%s: a complete package with the reasoned letter has nothing missing', (ruleSet) => {
    expect(checkDocumentPackage(ruleSet, DOCUMENT_KINDS)).toEqual([]);
  });
  it('R1 §12: an empty R1 package misses the letter and all four documents, each with its sub-paragraph', () => {
    expect(checkDocumentPackage('R1', []).map((v) => [v.code, v.cite])).toEqual([
      ['DOCUMENTS.MISSING', 'R1 §12'],
      ['DOCUMENTS.MISSING', 'R1 §12(1)'],
      ['DOCUMENTS.MISSING', 'R1 §12(2)'],
      ['DOCUMENTS.MISSING', 'R1 §12(3)'],
      ['DOCUMENTS.MISSING', 'R1 §12(4)'],
    ]);
  });
  it('R2 §13(4): an R2 package without the written consent misses exactly that', () => {
    const [v, ...rest] = checkDocumentPackage('R2', ['reasoned-letter', 'nomination', 'cv', 'service-record']);
    expect(rest).toEqual([]);
    expect(v).toMatchObject({ code: 'DOCUMENTS.MISSING', cite: 'R2 §13(4)', details: { kind: 'written-consent' } });
    expect(v?.text.ru).toBe('В пакете документов отсутствует: письменное согласие кандидата на прикомандирование');
  });
  it('R3 §12(3): an R3 package without the service record misses it, whatever the order or duplicates', () => {
    const vs = checkDocumentPackage('R3', new Set(['cv', 'cv', 'written-consent', 'nomination', 'reasoned-letter'] as const));
    expect(vs.map((v) => [v.cite, v.text.kk])).toEqual([['R3 §12(3)', 'Құжаттар топтамасында жоқ: қызметтік тізім']]);
  });
  it('R2 §13: the package of R2 is cited by paragraph 13', () => {
    expect(requiredDocuments('R2').map((r) => r.cite)).toEqual(['R2 §13', 'R2 §13(1)', 'R2 §13(2)', 'R2 §13(3)', 'R2 §13(4)']);
  });
  it('R3 §12: every required document is listed, present or missing, with its sub-paragraph', () => {
    const results = evaluateDocumentPackage('R3', ['reasoned-letter', 'cv']);
    expect(results.map((r) => [r.cite, r.status])).toEqual([
      ['R3 §12', 'passed'],
      ['R3 §12(1)', 'failed'],
      ['R3 §12(2)', 'passed'],
      ['R3 §12(3)', 'failed'],
      ['R3 §12(4)', 'failed'],
    ]);
    expect(results[2]?.requirement.en).toMatch(/^The document package holds: /);
  });
});
