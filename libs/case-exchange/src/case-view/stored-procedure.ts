import type { CaseState, Obligation } from '@sx/rules';

// Obligation ids read like citations (`R3.receiver-decision`), but a stored map key may not contain
// a dot (MongoDB paths; FerretDB refuses it outright). The stored copy swaps dots for `~`.
export const storedKey = (id: string): string => id.replaceAll('.', '~');
const fromKey = (key: string): string => key.replaceAll('~', '.');

const rekey = (obligations: Readonly<Record<string, Obligation>>, f: (k: string) => string): Record<string, Obligation> =>
  Object.fromEntries(Object.entries(obligations).map(([k, o]) => [f(k), o]));

export const storedProcedure = (s: CaseState): CaseState => ({ ...s, obligations: rekey(s.obligations, storedKey) });
export const procedureOfStored = (s: CaseState): CaseState => ({ ...s, obligations: rekey(s.obligations, fromKey) });
