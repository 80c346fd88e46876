import type { ImportGraph } from '@sx/testing';

// The graph and its cycles come from @sx/testing (every library's layer test reads them the same
// way); this library adds its stricter policy: no import sideways into another folder of a layer.
export { importCycles, importGraph, type ImportGraph } from '@sx/testing';

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
 * in a place no layer names is reported too, so a new folder has to be given its layer.
 */
export function importsAgainstLayers(graph: ImportGraph, layers: Layers): string[] {
  const layerOf = (file: string): number => layers.findIndex((places) => places.includes(placeOf(file)));
  const found: string[] = [];
  for (const [from, targets] of graph) {
    if (layerOf(from) < 0) {
      found.push(`${from}: ${placeOf(from)} is on no layer`);
      continue;
    }
    for (const to of targets) {
      if (placeOf(to) === placeOf(from) || layerOf(to) < layerOf(from)) continue;
      found.push(`${from} → ${to} (${placeOf(from)} ${layerOf(from)} → ${placeOf(to)} ${layerOf(to)})`);
    }
  }
  return found.sort();
}
