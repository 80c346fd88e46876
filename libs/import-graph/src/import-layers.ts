import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { importCycles, importGraph, importsAgainstLayers } from './import-graph';

export interface LayerReport {
  /** Imports from a lower layer's file to a higher layer's (or from a folder no layer names). */
  readonly upward: readonly string[];
  /** Import cycles between files, each as the files around it. */
  readonly cycles: readonly string[][];
}

/**
 * Checks a library's layers: `layers` lists its top-level folders (or files, by name without `.ts`)
 * from the bottom up, those of one layer side by side (they may use each other). Every import must
 * stay in its group or go down; and no files may import each other round in a circle.
 */
export function checkImportLayers(root: string, layers: readonly (readonly string[])[]): LayerReport {
  const place = (name: string): string => (existsSync(join(root, name)) && statSync(join(root, name)).isDirectory() ? `${name}/` : `${name}.ts`);
  const graph = importGraph(root);
  return { upward: importsAgainstLayers(graph, layers.map((l) => l.map(place)), { sideways: 'allowed' }), cycles: importCycles(graph) };
}
