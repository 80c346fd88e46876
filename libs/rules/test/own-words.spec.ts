import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

// Issue #21: our texts cite the paragraph and say what it requires in our own words; a quotation
// stays a few words. This test reads every string the library's sources hold (user texts in kk/ru/en,
// descriptions, parameter names) and fails when one repeats 8 or more consecutive words of the
// official Kazakh text. The text is not copied into the repository: it is read from
// `shared/regulation/` beside the clone (`../shared/regulation/` from the repository root, as CI
// has it), or from SX_REGULATION_DIR. Without it the test fails: it must not pass by not looking.
const ROOT = join(__dirname, '../../..');
const SRC = join(__dirname, '../src');
const REGULATION_DIR = process.env['SX_REGULATION_DIR'] ?? join(ROOT, '../shared/regulation');
const STATUTE = join(REGULATION_DIR, 'resolution-755.kk.txt');
const RUN = 8;

const words = (s: string): string[] => s.toLocaleLowerCase('kk').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
const runsOf = (ws: readonly string[]): string[] => ws.slice(0, Math.max(0, ws.length - RUN + 1)).map((_, i) => ws.slice(i, i + RUN).join(' '));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(path);
    return d.name.endsWith('.ts') && !d.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Every string a source file holds: literals and the literal parts of templates (a `${…}` breaks the run). */
function stringsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text);
    else if (ts.isTemplateExpression(node)) found.push(node.head.text, ...node.templateSpans.map((s) => s.literal.text));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Where a text repeats the statute: each run of 8 words found in both, with the file it is in. */
export function quotations(statute: string, texts: readonly { file: string; text: string }[]): string[] {
  const law = new Set(runsOf(words(statute)));
  return texts.flatMap(({ file, text }) => runsOf(words(text)).filter((r) => law.has(r)).map((r) => `${file}: «${r}»`));
}

describe('Our own words: no text of @sx/rules repeats 8 or more consecutive words of Resolution No. 755', () => {
  it('the official Kazakh text is where CI keeps it, beside the clone', () => {
    expect({ found: existsSync(STATUTE), path: relative(ROOT, STATUTE) }).toEqual({ found: true, path: relative(ROOT, STATUTE) });
  });

  it('no string in libs/rules/src repeats a run of 8 words of the statute', () => {
    const statute = readFileSync(STATUTE, 'utf8');
    const texts = sourceFiles(SRC).flatMap((file) => stringsOf(file).map((text) => ({ file: relative(SRC, file), text })));
    expect(texts.length).toBeGreaterThan(500);
    expect(quotations(statute, texts)).toEqual([]);
  });

  it('would catch a quotation: a sentence of R3 §19 copied into a text is found', () => {
    const statute = readFileSync(STATUTE, 'utf8');
    const copied = 'Қабылдаушы мемлекеттік орган немесе ұйым іссапарға баруды аяқтау тәртібінде іссапарға барған мемлекеттік қызметшіні атқарып отырған лауазымынан босату туралы шешім қабылдайды';
    expect(quotations(statute, [{ file: 'probe.ts', text: copied }]).length).toBeGreaterThan(0);
    expect(quotations(statute, [{ file: 'probe.ts', text: 'Қабылдаушы мерзім біткенде босату туралы шешім қабылдайды (R3 §19)' }])).toEqual([]);
  });
});
