// R2 §3 — what it prescribes: civil servants and National Bank employees may be seconded to the RK's
// foreign institutions for the tasks of state bodies, by agreement with their first heads, and only
// to a vacant position (a free staff unit) there.
import type { Condition } from '../eligibility/condition';
import { firstHeadsAgreed, vacantPosition } from '../eligibility/conditions';

/** R2 §3: the first heads' agreement and a vacant position, both declared by the sender. */
export const r2p03: readonly Condition[] = [firstHeadsAgreed('R2 §3'), vacantPosition('R2 §3')];
