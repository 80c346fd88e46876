import type { RuleSet } from '../common/citation';
import type { DatedParameter } from '../common/dated-parameter';
import type { DeadlineStep } from '../deadlines/deadline-step';
import type { Period } from '../parameters/period';
import type { TransitionRule } from '../procedures/transition';
import { procedureOf } from './registry';

type StepParameters = Partial<Record<DeadlineStep, DatedParameter<Period>>>;

/**
 * Each period is stated in its paragraph's file (`rN/pNN-*.ts`, with `deadline(...)`); this index
 * gathers them from the procedures' transitions for listings and documentation. It sits above the
 * paragraphs, so it reads them once, when it loads.
 */
function gather(ruleSet: RuleSet): StepParameters {
  const rules = Object.values(procedureOf(ruleSet).transitions) as unknown as TransitionRule[];
  const found: StepParameters = {};
  for (const spec of rules.flatMap((r) => r.opens ?? [])) found[spec.step] = spec.parameter;
  return found;
}

/** Every period of the law by rule set and step (R1 as set out anew by No. 206, R2 by No. 536, R3 the 2017 text). */
export const DEADLINE_PARAMETERS: Readonly<Record<RuleSet, StepParameters>> = { R1: gather('R1'), R2: gather('R2'), R3: gather('R3') };

/** The parameter of a step, or undefined where the rule set gives that step no period (R3 §14). */
export const deadlineParameter = (ruleSet: RuleSet, step: DeadlineStep): DatedParameter<Period> | undefined =>
  DEADLINE_PARAMETERS[ruleSet][step];
