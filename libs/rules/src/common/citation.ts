// Every rule in the code names its paragraph the way the project cites the law: `R3 §10(4)`.
export type RuleSet = 'R1' | 'R2' | 'R3';
export const RULE_SETS: readonly RuleSet[] = ['R1', 'R2', 'R3'];

/** A citation such as `R3 §10(4)`, `R2 §14`, or `SPEC Deadlines` for the counting rules. */
export type Cite = `${RuleSet} §${string}` | `SPEC ${string}`;

export const cite = (ruleSet: RuleSet, paragraph: string): Cite => `${ruleSet} §${paragraph}`;
