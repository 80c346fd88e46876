import type { RuleSet } from '../common/citation';
import type { DatedParameter } from '../common/dated-parameter';
import type { DeadlineStep } from '../deadlines/deadline-step';
import type { Period } from '../parameters/period';
import type { ObligationSpec } from '../procedures/obligation-spec';
import { procedureOf } from './registry';
import type { TransitionRule } from '../procedures/transition';



type StepParameters = Partial<Record<DeadlineStep, DatedParameter<Period>>>;
type StepSpecs = Partial<Record<DeadlineStep, ObligationSpec>>;

/**
 * Each period is stated in its paragraph's file (`rN/pNN-*.ts`, with `deadline(...)`); this index
 * gathers them from the procedures' transitions for listings and documentation. It sits above the
 * procedures (it reads them); nothing a procedure is built from imports it.
 */
function gather(ruleSet: RuleSet): StepSpecs {
  const rules = Object.values(procedureOf(ruleSet).transitions) as unknown as TransitionRule[];
  const found: StepSpecs = {};
  for (const spec of rules.flatMap((r) => r.opens ?? [])) found[spec.step] = spec;
  return found;
}

const cache = new Map<RuleSet, StepSpecs>();
const specsOf = (ruleSet: RuleSet): StepSpecs => {
  let found = cache.get(ruleSet);
  if (!found) cache.set(ruleSet, (found = gather(ruleSet)));
  return found;
};
const parametersOf = (ruleSet: RuleSet): StepParameters =>
  Object.fromEntries(Object.entries(specsOf(ruleSet)).map(([step, spec]) => [step, spec.parameter]));

/** The obligation a step opens, as its paragraph file defines it (undefined where no period is set). */
export const obligationSpecOf = (ruleSet: RuleSet, step: DeadlineStep): ObligationSpec | undefined => specsOf(ruleSet)[step];

/** Every period of the law by rule set and step (R1 as set out anew by No. 206, R2 by No. 536, R3 the 2017 text). */
export const DEADLINE_PARAMETERS: Readonly<Record<RuleSet, StepParameters>> = {
  get R1() {
    return parametersOf('R1');
  },
  get R2() {
    return parametersOf('R2');
  },
  get R3() {
    return parametersOf('R3');
  },
};

/** The parameter of a step, or undefined where the rule set gives that step no period (R3 §14). */
export const deadlineParameter = (ruleSet: RuleSet, step: DeadlineStep): DatedParameter<Period> | undefined =>
  DEADLINE_PARAMETERS[ruleSet][step];
