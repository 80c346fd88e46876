import type { DocumentKind } from '../api/console-api';

/** The package of R1 §12, R2 §13, R3 §12, in the order the paragraphs list it. */
export const KINDS: readonly DocumentKind[] = ['reasoned-letter', 'nomination', 'cv', 'service-record', 'written-consent'];

/** Only what assigning needs of a file (a browser File, or a test's stand-in). */
export interface Named { readonly name: string }

/**
 * Dropped files go to the kind their name says (`cv.pdf`, `nomination-signed.pdf`), else to the first
 * kind still missing from the package; a file with neither is left out (the official picks its row).
 */
export function assignKinds<F extends Named>(files: readonly F[], present: ReadonlySet<DocumentKind>): [DocumentKind, F][] {
  const taken = new Set(present);
  const named = files.map((f) => [KINDS.find((k) => f.name.toLowerCase().includes(k)), f] as const);
  for (const [k] of named) if (k) taken.add(k);
  return named.flatMap(([k, f]): [DocumentKind, F][] => {
    const kind = k ?? KINDS.find((x) => !taken.has(x));
    if (!kind) return [];
    taken.add(kind);
    return [[kind, f]];
  });
}
