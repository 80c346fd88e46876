// R2 §2 — what it prescribes: these rules also apply to seconded military servicemen and employees of
// law-enforcement and special state bodies.
import type { RuleViolation } from '../common/rule-violation';
import type { ApplicabilityFacts } from '../applicability/applicability-facts';

// R2 §2 — R2 applies also to seconded military servicemen and employees of law-enforcement and
// special state bodies; unlike R1 §2 and R3 §2 it excludes nobody. It keeps the same signature so
// every rule set answers the same question the same way.
export const checkR2Applicability: (facts: ApplicabilityFacts) => RuleViolation[] = () => [];
