import type { ServiceName } from '@sx/contracts';
import { caseAt, openWithPackage, submit, type CaseBody } from './case-flows';
import type { Exchange } from './exchange';
import { ROUTES, walkToActive } from './walk-to-active';

/** A case the detectors aim at: who holds a copy of it through which service, and a document of it. */
export interface SeededCase {
  readonly caseId: string;
  readonly label: string;
  /** `<agencyId>@<service>` of every party whose copy exists. */
  readonly parties: ReadonlySet<string>;
  readonly documentSha256: string;
}

export const partyKey = (agencyId: string, service: ServiceName): string => `${agencyId}@${service}`;

type RuleSet = keyof typeof ROUTES;

/**
 * A draft exists only at its sender; once submitted, every party named in the case holds a copy,
 * and the seeding waits until each does, so no copy appears while the matrix runs.
 */
async function seeded(exchange: Exchange, label: string, body: CaseBody, draftOnly = false): Promise<SeededCase> {
  const named = Object.entries(body.parties).flatMap(([role, p]) => (p && (!draftOnly || role === 'sender') ? [p] : []));
  await Promise.all(named.map((p) => caseAt(exchange.api(p.service, p.agencyId), body.caseId, 0)));
  const doc = body.documents[0];
  if (!doc) throw new Error(`${label}: no document attached`);
  return { caseId: body.caseId, label, parties: new Set(named.map((p) => partyKey(p.agencyId, p.service))), documentSha256: doc.sha256 };
}

async function senderCopy(exchange: Exchange, ruleSet: RuleSet, caseId: string, steps: number): Promise<CaseBody> {
  const [service, agency] = ROUTES[ruleSet].parties.sender;
  return caseAt(exchange.api(service, agency), caseId, steps);
}

async function draft(exchange: Exchange, ruleSet: RuleSet): Promise<SeededCase> {
  const route = ROUTES[ruleSet];
  const [service, agency] = route.parties.sender;
  const opened = await openWithPackage(exchange.api(service, agency), {
    receiverId: route.receiverId,
    ...('eligibility' in route ? { eligibility: route.eligibility } : {}),
  });
  return seeded(exchange, `${ruleSet} draft`, await senderCopy(exchange, ruleSet, opened.caseId, 0), true);
}

async function submitted(exchange: Exchange, ruleSet: RuleSet): Promise<SeededCase> {
  const route = ROUTES[ruleSet];
  const [service, agency] = route.parties.sender;
  const { caseId } = await draft(exchange, ruleSet);
  await submit(exchange.api(service, agency), caseId);
  return seeded(exchange, `${ruleSet} submitted`, await senderCopy(exchange, ruleSet, caseId, 1));
}

async function active(exchange: Exchange, ruleSet: RuleSet): Promise<SeededCase> {
  const caseId = await walkToActive(exchange, ruleSet);
  return seeded(exchange, `${ruleSet} active`, await senderCopy(exchange, ruleSet, caseId, ROUTES[ruleSet].steps.length));
}

export type SeededState = 'draft' | 'submitted' | 'active';
const SEEDERS: Record<SeededState, (exchange: Exchange, ruleSet: RuleSet) => Promise<SeededCase>> = { draft, submitted, active };

/** R1, R2 and R3 cases in each of `states` (default all three): every party combination the API knows. */
export async function seedCases(exchange: Exchange, states: readonly SeededState[] = ['draft', 'submitted', 'active']): Promise<SeededCase[]> {
  const ruleSets: RuleSet[] = ['R1', 'R2', 'R3'];
  const perRuleSet = await Promise.all(
    ruleSets.map(async (r) => {
      const out: SeededCase[] = [];
      for (const state of states) out.push(await SEEDERS[state](exchange, r));
      return out;
    }),
  );
  return perRuleSet.flat();
}
