// R3 §3 — what it prescribes: civil servants may be seconded to state bodies, international and other
// organizations for the tasks of state bodies, by agreement with their first heads, and only to a
// vacant position (a free staff unit) there.
import type { Condition } from '../eligibility/condition';
import { firstHeadsAgreed, vacantPosition } from '../eligibility/conditions';

/** R3 §3: the first heads' agreement and a vacant position, both declared by the sender. */
export const r3p03: readonly Condition[] = [firstHeadsAgreed('R3 §3'), vacantPosition('R3 §3')];
