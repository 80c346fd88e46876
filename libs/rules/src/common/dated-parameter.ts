import type { Cite } from './citation';
import type { LegalDate } from './legal-date';

/**
 * A number of the law with the date each value took effect (OpenFisca-style). An amendment adds a
 * value with its own `from`; it never edits an earlier one, so old cases keep their edition.
 */
export interface DatedValue<T> {
  readonly from: LegalDate;
  readonly value: T;
  /** The act that set this value, e.g. "Resolution 755 of 17.11.2017" or "Resolution 206 of 03.04.2025". */
  readonly source: string;
}

export interface DatedParameter<T> {
  readonly name: string;
  readonly cite: Cite;
  readonly values: readonly DatedValue<T>[];
}

export function valueAt<T>(param: DatedParameter<T>, asOf: LegalDate): T {
  let found: DatedValue<T> | undefined;
  for (const v of param.values) if (v.from <= asOf && (!found || v.from > found.from)) found = v;
  if (!found) throw new RangeError(`${param.name} (${param.cite}) has no value in force on ${asOf}`);
  return found.value;
}

/** The value of the latest edition: what documentation shows for cases begun now and later. */
export function latestValue<T>(param: DatedParameter<T>): T {
  const last = [...param.values].sort((a, b) => (a.from < b.from ? -1 : 1)).at(-1);
  if (!last) throw new RangeError(`${param.name} (${param.cite}) has no value`);
  return last.value;
}
