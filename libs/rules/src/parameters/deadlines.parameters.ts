import type { RuleSet } from '../common/citation';
import type { DatedParameter } from '../common/dated-parameter';
import { periodParameter as p } from './dated-period';
import { RESOLUTION_206, RESOLUTION_536, RESOLUTION_755 } from './editions';
import { months, workingDays as wd, type Period } from './period';

/** The steps of the procedures that the law gives a period for. Obligation ids are `R1.<step>`. */
export type DeadlineStep =
  | 'receiver-decision'
  | 'mfa-interview'
  | 'mfa-decision'
  | 'replacement-candidate'
  | 'approval-request'
  | 'appointment-decision'
  | 'order'
  | 'personal-file'
  | 'kpi'
  | 'discipline-report'
  | 'release-notice'
  | 'recall-decision'
  | 'early-recall-notice';

type StepParameters = Partial<Record<DeadlineStep, DatedParameter<Period>>>;

// R1 as set out anew by Resolution 206 (2025).
const R1: StepParameters = {
  'receiver-decision': p('R1 receiver decides on the proposal', 'R1 §13', RESOLUTION_206, wd(10)),
  'replacement-candidate': p('R1 MFA proposes another candidate', 'R1 §14', RESOLUTION_206, wd(5)),
  'approval-request': p('R1 MFA sends the proposal for approval', 'R1 §15', RESOLUTION_206, wd(3)),
  'appointment-decision': p('R1 receiver decides the appointment', 'R1 §16', RESOLUTION_206, wd(3)),
  order: p('R1 MFA issues the secondment order', 'R1 §17', RESOLUTION_206, wd(3)),
  'personal-file': p('R1 MFA sends the order and the personal file', 'R1 §17', RESOLUTION_206, wd(5)),
  'discipline-report': p('R1 receiver reports a disciplinary offence', 'R1 §9', RESOLUTION_206, wd(5)),
  'release-notice': p('R1 receiver gives notice before the release', 'R1 §19', RESOLUTION_206, wd(10)),
  'recall-decision': p('R1 MFA decides the recall', 'R1 §19', RESOLUTION_206, wd(5)),
  'early-recall-notice': p('R1 MFA notifies the early recall', 'R1 §20', RESOLUTION_206, wd(3)),
};

// R2 as set out anew by Resolution 536 (2023).
const R2: StepParameters = {
  'mfa-interview': p('R2 MFA checks the documents and interviews', 'R2 §14', RESOLUTION_536, wd(15)),
  'mfa-decision': p('R2 MFA decides on the proposal', 'R2 §14', RESOLUTION_536, months(3)),
  'replacement-candidate': p('R2 sending body proposes another candidate', 'R2 §15', RESOLUTION_536, wd(5)),
  'approval-request': p('R2 sending body writes to the Presidential Administration', 'R2 §16', RESOLUTION_536, wd(3)),
  order: p('R2 MFA issues the order', 'R2 §18', RESOLUTION_536, wd(3)),
  kpi: p('R2 KPIs approved after the dispatch', 'R2 §12', RESOLUTION_536, months(1)),
  'discipline-report': p('R2 MFA reports a disciplinary offence', 'R2 §9', RESOLUTION_536, wd(5)),
  'release-notice': p('R2 MFA gives notice before the release', 'R2 §21', RESOLUTION_536, wd(10)),
  'early-recall-notice': p('R2 sending body notifies the early recall', 'R2 §22', RESOLUTION_536, wd(3)),
};

// R3 keeps the 2017 text in every paragraph with a period (No. 206 changed only §10).
const R3: StepParameters = {
  'receiver-decision': p('R3 receiver decides on the proposal', 'R3 §13', RESOLUTION_755, wd(10)),
  'approval-request': p('R3 sending body sends the proposal for approval', 'R3 §15', RESOLUTION_755, wd(3)),
  'appointment-decision': p('R3 receiver decides the appointment', 'R3 §16', RESOLUTION_755, wd(3)),
  order: p('R3 sending body issues the secondment order', 'R3 §17', RESOLUTION_755, wd(3)),
  'discipline-report': p('R3 receiver reports a disciplinary offence', 'R3 §9', RESOLUTION_755, wd(5)),
  'release-notice': p('R3 receiver gives notice before the release', 'R3 §19', RESOLUTION_755, wd(10)),
  'early-recall-notice': p('R3 sending body notifies the early recall', 'R3 §20', RESOLUTION_755, wd(3)),
};

export const DEADLINE_PARAMETERS: Readonly<Record<RuleSet, StepParameters>> = { R1, R2, R3 };

/** The parameter of a step, or undefined where the rule set gives that step no period (R3 §14). */
export const deadlineParameter = (ruleSet: RuleSet, step: DeadlineStep): DatedParameter<Period> | undefined =>
  DEADLINE_PARAMETERS[ruleSet][step];
