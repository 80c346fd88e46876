import { join } from 'node:path';
import { importCycles, importGraph, type ImportGraph } from './import-graph';

// Issue #21: the library is layered without loops. The kernel (common, calendar, parameters,
// organizations, deadlines, and the state machine in procedures/) knows no paragraph; each rN/pNN
// file builds on it; the aggregators (the registry, the deadline index, apply, the generated
// definition) read the paragraphs from above. A cycle, or a kernel file that reaches a paragraph,
// fails here with the files named.
const graph = importGraph(join(__dirname, '../src'));

const KERNEL_DIRS = ['common/', 'calendar/', 'parameters/', 'organizations/', 'deadlines/', 'procedures/'];
/** The procedures' files that read the rule sets' tables: above the paragraphs by design. */
const AGGREGATORS = ['procedures/registry.ts', 'procedures/deadline-index.ts', 'procedures/apply.ts', 'procedures/procedure-definition.ts', 'procedures/refresh-obligations.ts', 'procedures/index.ts'];
const isParagraph = (file: string): boolean => /^r[123]\//.test(file);
const isKernel = (file: string): boolean => KERNEL_DIRS.some((d) => file.startsWith(d)) && !AGGREGATORS.includes(file) && !file.endsWith('.fixture.ts');

/** The paragraph files a file reaches through its imports, with the first path that gets there. */
function paragraphsReached(g: ImportGraph, from: string): string[] {
  const seen = new Set<string>([from]);
  const queue: string[][] = [[from]];
  const found: string[] = [];
  while (queue.length > 0) {
    const path = queue.shift() ?? [];
    for (const next of g.get(path[path.length - 1] ?? '') ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      if (isParagraph(next)) found.push([...path, next].join(' → '));
      else queue.push([...path, next]);
    }
  }
  return found;
}

describe('libs/rules is layered without import cycles', () => {
  it('reads the whole library: every source file and its imports', () => {
    expect(graph.size).toBeGreaterThan(150);
    expect(graph.get('procedures/registry.ts')).toEqual(expect.arrayContaining(['r1/procedure.ts', 'r2/procedure.ts', 'r3/procedure.ts']));
  });

  it('no import cycle anywhere in libs/rules/src', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it('the kernel (calendar, periods, transition builder, state machine) reaches no paragraph file', () => {
    const kernel = [...graph.keys()].filter(isKernel);
    expect(kernel.length).toBeGreaterThan(50);
    expect(kernel.flatMap((file) => paragraphsReached(graph, file))).toEqual([]);
  });

  it('would catch a loop: a kernel file importing the registry is a cycle, and reaches the paragraphs', () => {
    const looped = new Map(graph);
    looped.set('procedures/obligation-spec.ts', [...(graph.get('procedures/obligation-spec.ts') ?? []), 'procedures/registry.ts']);
    expect(importCycles(looped).some((c) => c.includes('procedures/registry.ts') && c.includes('r3/procedure.ts'))).toBe(true);
    expect(paragraphsReached(looped, 'procedures/obligation-spec.ts').length).toBeGreaterThan(0);
  });

  it('would catch the smallest loop: two files importing each other, and a file importing itself', () => {
    expect(importCycles(new Map([['a.ts', ['b.ts']], ['b.ts', ['a.ts']], ['c.ts', ['c.ts']], ['d.ts', ['a.ts']]]))).toEqual([['a.ts', 'b.ts'], ['c.ts']]);
  });
});
