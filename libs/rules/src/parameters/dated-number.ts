import type { Cite } from '../common/citation';
import type { DatedParameter, DatedValue } from '../common/dated-parameter';
import type { Edition } from './editions';

/**
 * A number as `edition` set it. `restated` names the paragraph an amendment marks as changed when
 * the consolidated text does not show which words changed: the number read today is recorded again
 * under that amendment, so a case decided after it cites the edition it was decided under.
 */
export const numberFrom = (edition: Edition, value: number, restated?: string): DatedValue<number> => ({
  from: edition.from,
  value,
  source: restated ? `${edition.source.replace(/ \(.*\)$/, '')} (${restated} amended)` : edition.source,
});

export const numberParameter = (name: string, cite: Cite, values: readonly DatedValue<number>[]): DatedParameter<number> => ({ name, cite, values });
