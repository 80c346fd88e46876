import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

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

/** The files of the tree a file imports (relative imports only), resolved as TypeScript would. */
function importsOf(file: string, known: ReadonlySet<string>): string[] {
  // TypeScript's own pre-processor reads the imports (static, dynamic, re-exports) without a type check.
  const specs = ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((i) => i.fileName).filter((s) => s.startsWith('.'));
  return specs.flatMap((spec) => {
    const base = resolve(dirname(file), spec);
    const found = [`${base}.ts`, join(base, 'index.ts'), base].find((c) => known.has(c));
    return found ? [found] : [];
  });
}

/**
 * Checks a library's layers: `layers` lists its top-level folders (or files, by name without `.ts`)
 * from the bottom up, those of one layer side by side. Every import must stay in its group or go down;
 * and no files may import each other round in a circle.
 */
export function checkImportLayers(root: string, layers: readonly (readonly string[])[]): LayerReport {
  const files = sourceFiles(root);
  const known = new Set(files);
  const groupOf = (file: string): string => {
    const rel = relative(root, file);
    return rel.includes('/') ? (rel.split('/')[0] as string) : rel.replace(/\.ts$/, '');
  };
  const level = (group: string): number => layers.findIndex((l) => l.includes(group));
  const graph = new Map(files.map((f) => [f, importsOf(f, known)]));
  const upward: string[] = [];
  for (const [file, targets] of graph) {
    for (const target of targets) {
      const [from, to] = [groupOf(file), groupOf(target)];
      if (from === to) continue;
      if (level(from) < 0 || level(to) < 0 || level(to) > level(from)) upward.push(`${relative(root, file)} → ${relative(root, target)} (${from} → ${to})`);
    }
  }
  return { upward, cycles: cyclesOf(graph).map((c) => c.map((f) => relative(root, f))) };
}

/** The strongly connected groups of more than one file (Tarjan's algorithm). */
function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
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
    if (group.length > 1) found.push(group.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}
