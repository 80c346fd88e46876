import type { Cite } from '../common/citation';
import type { PartyRole } from '../deadlines/party-role';
import type { CaseEvent, CaseEventType } from './events.schema';

/** What the services turn into AMQP messages: the type is the event's own. */
export type MessageType = CaseEventType;

/**
 * A step the paragraph says must be told, and to whom. `to` lists the case roles (never the actor;
 * `seconded-person` has no service of its own and is told by its employer); one intent per accepted
 * event, none when the law keeps the step with the actor. The procedure's static list of the same
 * roles is `TransitionRule.notify` (and `procedureDefinition(...).transitions[].notify`).
 */
export interface MessageIntent {
  readonly type: MessageType;
  readonly to: readonly PartyRole[];
  readonly cite: Cite;
  /** The event that caused it, so the message can carry its dates. */
  readonly event: CaseEvent;
}
