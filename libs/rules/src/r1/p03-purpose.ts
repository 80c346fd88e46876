// R1 §3 — what it prescribes: diplomatic service personnel may be seconded to solve the tasks of the
// diplomatic service bodies, and only to a vacant position (a free staff unit) at the receiver.
import type { Condition } from '../eligibility/condition';
import { vacantPosition } from '../eligibility/conditions';

/** R1 §3 part 2: a vacant position, declared by the sender. R1 §3 asks no first heads' agreement. */
export const r1p03: readonly Condition[] = [vacantPosition('R1 §3')];
