import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** A library's own imports: file → the files it imports, both relative to the library's root. */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

export interface LayerReport {
  /** Imports from a lower layer's file to a higher layer's (or to a folder no layer names). */
  readonly upward: readonly string[];
  /** Import cycles between files, each as the files around it. */
  readonly cycles: readonly string[][];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * Every relative import and re-export of every non-test source file under `root` (type-only ones
 * included: they tie the layers too), resolved as TypeScript would, read by TypeScript's own
 * pre-processor without a type check.
 */
export function importGraph(root: string): ImportGraph {
  const files = sourceFiles(root);
  const known = new Set(files);
  return new Map(
    files.map((file) => {
      const specs = ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((i) => i.fileName).filter((s) => s.startsWith('.'));
      const targets = specs.flatMap((spec) => {
        const base = resolve(dirname(file), spec);
        const found = [`${base}.ts`, join(base, 'index.ts'), base].find((c) => known.has(c));
        return found ? [relative(root, found)] : [];
      });
      return [relative(root, file), [...new Set(targets)]];
    }),
  );
}

/** The import cycles: strongly connected groups of more than one file, or a file importing itself (Tarjan), each sorted. */
export function importCycles(graph: ImportGraph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    for (let w = stack.pop(); w !== undefined; w = stack.pop()) {
      onStack.delete(w);
      group.push(w);
      if (w === v) break;
    }
    if (group.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(group.sort());
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return found;
}

/**
 * Checks a library's layers: `layers` lists its top-level folders (or files, by name without `.ts`)
 * from the bottom up, those of one layer side by side. Every import must stay in its group or go down;
 * and no files may import each other round in a circle.
 */
export function checkImportLayers(root: string, layers: readonly (readonly string[])[]): LayerReport {
  const graph = importGraph(root);
  const groupOf = (file: string): string => (file.includes('/') ? (file.split('/')[0] as string) : file.replace(/\.ts$/, ''));
  const level = (group: string): number => layers.findIndex((l) => l.includes(group));
  const upward: string[] = [];
  for (const [file, targets] of graph) {
    for (const target of targets) {
      const [from, to] = [groupOf(file), groupOf(target)];
      if (from === to) continue;
      if (level(from) < 0 || level(to) < 0 || level(to) > level(from)) upward.push(`${file} → ${target} (${from} → ${to})`);
    }
  }
  return { upward, cycles: importCycles(graph) };
}
