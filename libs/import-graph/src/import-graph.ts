import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

// The one reader of a library's imports, for the layer tests of every library (libs/rules among them,
// which may depend on nothing of ours: hence a library of its own, with no project dependency).

/** The library's own imports: file → the files it imports (relative paths under `src`), read with the TypeScript parser. */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(path);
    return d.name.endsWith('.ts') && !d.name.endsWith('.spec.ts') && !d.name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveImport(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(from), spec);
  for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return undefined;
}

/** Every import, dynamic import and re-export of every non-test source file under `src`, type-only ones included (they tie the layers too). */
export function importGraph(src: string): ImportGraph {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(src)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles.map((i) => resolveImport(file, i.fileName)).filter((t): t is string => t !== undefined);
    graph.set(relative(src, file), [...new Set(targets.map((t) => relative(src, t)))]);
  }
  return graph;
}

/** The import cycles: strongly connected groups of more than one file, or a file importing itself (Tarjan). */
export function importCycles(graph: ImportGraph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(group.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return cycles;
}

/**
 * The layers of the library, lowest first, by top folder under `src` (a file at the top is its own
 * place). A file may import within its own folder, or from a folder on a lower layer; never sideways
 * into another folder of its layer, never up.
 */
export type Layers = readonly (readonly string[])[];

/** The top folder of a file (`r3/p10-eligibility.ts` → `r3/`), or the file itself at the top. */
export const placeOf = (file: string): string => (file.includes('/') ? `${file.slice(0, file.indexOf('/'))}/` : file);

/**
 * Every import that does not go down the layers, as `from → to (place layer → place layer)`; a file
 * in a place no layer names is reported too, so a new folder has to be given its layer. `sideways`:
 * whether the places of one layer may import each other (by default they may not, as r1/ → r3/).
 */
export function importsAgainstLayers(graph: ImportGraph, layers: Layers, options: { readonly sideways?: 'allowed' | 'refused' } = {}): string[] {
  const layerOf = (file: string): number => layers.findIndex((places) => places.includes(placeOf(file)));
  const sideways = options.sideways === 'allowed';
  const found: string[] = [];
  for (const [from, targets] of graph) {
    if (layerOf(from) < 0) {
      found.push(`${from}: ${placeOf(from)} is on no layer`);
      continue;
    }
    for (const to of targets) {
      if (placeOf(to) === placeOf(from) || layerOf(to) < layerOf(from) || (sideways && layerOf(to) === layerOf(from))) continue;
      found.push(`${from} → ${to} (${placeOf(from)} ${layerOf(from)} → ${placeOf(to)} ${layerOf(to)})`);
    }
  }
  return found.sort();
}
