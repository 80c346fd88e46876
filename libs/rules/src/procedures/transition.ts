import type { Cite, RuleSet } from '../common/citation';
import type { LocalizedText } from '../common/localized-text';
import type { Checked } from '../common/rule-violation';
import type { Obligation } from '../deadlines/obligation';
import type { PartyRole } from '../deadlines/party-role';
import type { CaseState } from './case-state';
import type { CaseStatus } from './case-status';
import type { CaseEventType, EventOf } from './events.schema';
import type { MessageIntent } from './message-intent';
import type { ObligationSpec } from './obligation-spec';
import type { ProcedureContext } from './procedure-context';

export type { ProcedureContext } from './procedure-context';

/** What a step changes; the engine applies the obligation changes and writes the history. */
export interface StepOutcome {
  readonly state: CaseState;
  readonly emits?: readonly MessageIntent[];
  readonly open?: readonly Obligation[];
  readonly close?: readonly string[];
}

/** One event a procedure accepts: in which states, from whom, under which paragraph. */
export interface TransitionRule<T extends CaseEventType = CaseEventType> {
  readonly event: T;
  readonly from: readonly CaseStatus[];
  /** The states it can lead to (for the generated documentation). */
  readonly to: readonly CaseStatus[];
  readonly actors: readonly PartyRole[];
  readonly cite: Cite;
  readonly text: LocalizedText;
  /**
   * The parties the paragraph says must be told of this step (the acting party is never among
   * them at run time). Every accepted event emits one `MessageIntent` to these roles, or none when
   * the list is empty (a step the law keeps with the actor, e.g. finding an offence before reporting it).
   */
  readonly notify: readonly PartyRole[];
  /** The obligations this step may open (for the generated documentation). */
  readonly opens?: readonly ObligationSpec[];
  readonly handle: (state: CaseState, event: EventOf<T>, ctx: ProcedureContext) => Checked<StepOutcome>;
}

export type TransitionTable = { readonly [T in CaseEventType]?: TransitionRule<T> };

/** The obligations a table's steps may open, one per step name. */
export function opensOf(table: TransitionTable): readonly ObligationSpec[] {
  const rules = Object.values(table) as readonly (TransitionRule | undefined)[];
  const specs = new Map<string, ObligationSpec>();
  for (const spec of rules.flatMap((r) => r?.opens ?? [])) specs.set(spec.step, spec);
  return [...specs.values()];
}

export interface Procedure {
  readonly ruleSet: RuleSet;
  readonly title: LocalizedText;
  readonly transitions: TransitionTable;
}
