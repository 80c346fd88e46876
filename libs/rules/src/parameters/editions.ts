import type { RuleSet } from '../common/citation';
import type { LegalDate } from '../common/legal-date';

/**
 * The editions the deadline numbers come from. `from` is the first day each edition can have been in
 * force: Resolution 755 took effect on first official publication (its §2), the amendments ten
 * calendar days after theirs. The repository holds no publication dates, so these are the earliest
 * possible days (publication on the day of adoption); an operator replaces them with the official
 * dates from the Adilet register. Only the consolidated text is in the repository, so each rule set
 * starts at the edition that wrote its current text: R1 was set out anew by No. 206, R2 by No. 536,
 * R3 keeps the 2017 text for every paragraph that holds a deadline.
 */
export interface Edition {
  readonly from: LegalDate;
  readonly source: string;
}

export const RESOLUTION_755: Edition = {
  from: '2017-11-17' as LegalDate,
  source: 'Resolution 755 of 17.11.2017',
};

export const RESOLUTION_536: Edition = {
  from: '2023-07-12' as LegalDate,
  source: 'Resolution 536 of 01.07.2023 (R2 in a new edition)',
};

export const RESOLUTION_206: Edition = {
  from: '2025-04-14' as LegalDate,
  source: 'Resolution 206 of 03.04.2025 (R1 in a new edition)',
};

/**
 * The editions that wrote or amended each rule set's text, oldest first: R1 set out anew by No. 206;
 * R2 set out anew by No. 536 and amended by No. 206 (§11); R3 the 2017 text, amended by No. 206 (§10).
 */
export const EDITIONS_OF: Readonly<Record<RuleSet, readonly [Edition, ...Edition[]]>> = {
  R1: [RESOLUTION_206],
  R2: [RESOLUTION_536, RESOLUTION_206],
  R3: [RESOLUTION_755, RESOLUTION_206],
};

/** The edition that wrote a rule set's current text: no case of it begins before this one took effect. */
export const firstEditionOf = (ruleSet: RuleSet): Edition => EDITIONS_OF[ruleSet][0];

/** The edition of a rule set in force on a day: the latest that had taken effect. Before the first, the rule set was not in force. */
export function editionInForce(ruleSet: RuleSet, on: LegalDate): Edition {
  const inForce = EDITIONS_OF[ruleSet].filter((e) => e.from <= on).at(-1);
  if (!inForce) throw new RangeError(`${ruleSet} is not in force on ${on}: its current text dates from ${firstEditionOf(ruleSet).from}`);
  return inForce;
}
