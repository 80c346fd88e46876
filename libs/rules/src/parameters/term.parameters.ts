import type { RuleSet } from '../common/citation';
import type { DatedParameter } from '../common/dated-parameter';
import { periodParameter as p } from './dated-period';
import { RESOLUTION_206, RESOLUTION_536, RESOLUTION_755, type Edition } from './editions';
import { years, type Period } from './period';

const EDITION_OF: Readonly<Record<RuleSet, Edition>> = { R1: RESOLUTION_206, R2: RESOLUTION_536, R3: RESOLUTION_755 };

/** §8 first part of each rule set: the secondment lasts at most three years (unless law etc. say otherwise). */
export const TERM_PARAMETERS: Readonly<Record<RuleSet, DatedParameter<Period>>> = {
  R1: p('R1 secondment term', 'R1 §8', EDITION_OF.R1, years(3)),
  R2: p('R2 secondment term', 'R2 §8', EDITION_OF.R2, years(3)),
  R3: p('R3 secondment term', 'R3 §8', EDITION_OF.R3, years(3)),
};

/** §8 second part: the term may be extended by at most one year; no clause lets a case exceed it. */
export const EXTENSION_LIMIT_PARAMETERS: Readonly<Record<RuleSet, DatedParameter<Period>>> = {
  R1: p('R1 extension limit', 'R1 §8', EDITION_OF.R1, years(1)),
  R2: p('R2 extension limit', 'R2 §8', EDITION_OF.R2, years(1)),
  R3: p('R3 extension limit', 'R3 §8', EDITION_OF.R3, years(1)),
};

/** The first day a rule set's numbers are known (the edition that wrote its current text). */
export const firstEditionOf = (ruleSet: RuleSet): Edition => EDITION_OF[ruleSet];
