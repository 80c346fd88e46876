import type { RuleSet } from '../common/citation';
import type { DatedParameter } from '../common/dated-parameter';
import type { Period } from '../parameters/period';
import { r1Term } from '../r1/p08-term';
import { r2Term } from '../r2/p08-term';
import { r3Term } from '../r3/p08-term';

// Each rule set's §8 states its own numbers (rN/p08-term.ts); these gather them for the services'
// descriptions and listings.

/** §8 first part of each rule set: the most a secondment lasts unless a law, treaty or charter says otherwise. */
export const TERM_PARAMETERS: Readonly<Record<RuleSet, DatedParameter<Period>>> = { R1: r1Term.term, R2: r2Term.term, R3: r3Term.term };

/** §8 second part: the most an extension may add; no clause lets a case exceed it. */
export const EXTENSION_LIMIT_PARAMETERS: Readonly<Record<RuleSet, DatedParameter<Period>>> = {
  R1: r1Term.extensionLimit,
  R2: r2Term.extensionLimit,
  R3: r3Term.extensionLimit,
};
