import type { Cite } from '../common/citation';
import type { DatedParameter } from '../common/dated-parameter';
import type { Edition } from './editions';
import type { Period } from './period';

/** A period of the law as first written in `edition`; a later edition appends to `values`. */
export function periodParameter(name: string, cite: Cite, edition: Edition, value: Period): DatedParameter<Period> {
  return { name, cite, values: [{ from: edition.from, value, source: edition.source }] };
}
