import type { RuleSet } from '../common/citation';
import { R1_PROCEDURE } from '../r1/procedure';
import { R2_PROCEDURE } from '../r2/procedure';
import { R3_PROCEDURE } from '../r3/procedure';
import type { Procedure } from '../procedures/transition';

const PROCEDURES: Readonly<Record<RuleSet, Procedure>> = { R1: R1_PROCEDURE, R2: R2_PROCEDURE, R3: R3_PROCEDURE };

export const procedureOf = (ruleSet: RuleSet): Procedure => PROCEDURES[ruleSet];
