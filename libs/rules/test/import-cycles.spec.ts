import { join } from 'node:path';
import { importCycles, importGraph, importsAgainstLayers, type ImportGraph, type Layers } from '@sx/import-graph';

// Issue #21: the library is layered without loops. The kernel (the words of the law, the calendar,
// the periods and editions, the deadlines, the state machine in procedures/) knows no paragraph;
// each rN/pNN file builds on it and holds its whole paragraph; rule-sets/ reads the three rule sets
// from above. A cycle, or an import that runs back up (or sideways into another folder of the same
// layer, as r1 → r3 would), fails here with the files named.
const graph = importGraph(join(__dirname, '../src'));

/** Lowest first. A folder added to `src` fails the layering test until it is given its layer here. */
const LAYERS: Layers = [
  ['common/', 'organizations/'], // dates, citations, texts, violations; who the parties are
  ['calendar/', 'parameters/', 'applicability/', 'documents/', 'routing/', 'pay/'], // working days, periods and editions, kinds and facts
  ['deadlines/', 'eligibility/'], // due dates, obligations; how a condition on the candidate is stated and checked
  ['procedures/', 'samples/'], // the state machine, the transition builder and the shared steps
  ['r1/', 'r2/', 'r3/'], // one file per paragraph: its conditions, numbers by edition, steps and texts
  ['rule-sets/'], // the three rule sets side by side: selectRuleSet, checkProposal, apply, the registry
  ['index.ts'], // the public surface
];

describe('libs/rules is layered without import cycles', () => {
  it('reads the whole library: every source file and its imports', () => {
    expect(graph.size).toBeGreaterThan(150);
    expect(graph.get('rule-sets/registry.ts')).toEqual(expect.arrayContaining(['r1/procedure.ts', 'r2/procedure.ts', 'r3/procedure.ts']));
  });

  it('no import cycle anywhere in libs/rules/src', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it('every import goes down the layers: the kernel knows no paragraph, a paragraph knows no other rule set', () => {
    expect(importsAgainstLayers(graph, LAYERS)).toEqual([]);
  });
});

// The checks are checked: each must fail on the fault it is there for, so switching one off (an
// empty LAYERS, a Tarjan that returns nothing) turns these red, not the library silently loopy.
describe('the layering checks would catch a fault', () => {
  const withImport = (g: ImportGraph, from: string, to: string): ImportGraph => new Map([...g, [from, [...(g.get(from) ?? []), to]]]);

  it('a kernel file importing the registry closes a cycle through the paragraphs and runs back up', () => {
    const looped = withImport(graph, 'procedures/obligation-spec.ts', 'rule-sets/registry.ts');
    expect(importCycles(looped).some((c) => c.includes('rule-sets/registry.ts') && c.includes('r3/procedure.ts'))).toBe(true);
    expect(importsAgainstLayers(looped, LAYERS)).toEqual(['procedures/obligation-spec.ts → rule-sets/registry.ts (procedures/ 3 → rule-sets/ 5)']);
  });

  it('a file below reaching up to a paragraph runs back up even where it closes no cycle', () => {
    const up = withImport(graph, 'pay/r3-pay.ts', 'r3/p08-term.ts');
    expect(importCycles(up)).toEqual([]);
    expect(importsAgainstLayers(up, LAYERS)).toEqual(['pay/r3-pay.ts → r3/p08-term.ts (pay/ 1 → r3/ 4)']);
  });

  it('a paragraph of one rule set reaching into another, or a folder on no layer, is refused', () => {
    expect(importsAgainstLayers(withImport(graph, 'r1/p19-expiry.ts', 'r3/p19-expiry.ts'), LAYERS)).toEqual([
      'r1/p19-expiry.ts → r3/p19-expiry.ts (r1/ 4 → r3/ 4)',
    ]);
    expect(importsAgainstLayers(new Map([['misc/x.ts', ['common/citation.ts']]]), LAYERS)).toEqual(['misc/x.ts: misc/ is on no layer']);
  });

  it('the smallest loops: two files importing each other, and a file importing itself', () => {
    expect(importCycles(new Map([['a.ts', ['b.ts']], ['b.ts', ['a.ts']], ['c.ts', ['c.ts']], ['d.ts', ['a.ts']]]))).toEqual([['a.ts', 'b.ts'], ['c.ts']]);
  });

  it('a synthetic two-layer library: down is allowed, up and sideways are not', () => {
    const layers: Layers = [['base/'], ['top/', 'side/']];
    const g = new Map([
      ['top/a.ts', ['base/b.ts', 'top/c.ts']],
      ['top/c.ts', ['side/d.ts']],
      ['base/b.ts', ['top/a.ts']],
    ]);
    expect(importsAgainstLayers(g, layers)).toEqual(['base/b.ts → top/a.ts (base/ 0 → top/ 1)', 'top/c.ts → side/d.ts (top/ 1 → side/ 1)']);
  });
});
