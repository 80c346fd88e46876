// The demo's HTTP side: one typed client (@sx/client) per (service, agency), as an agency's own
// system would hold, plus waiting for a message to reach the next party and printing a case's history.
import { exchangeClient, ok, type CaseResponse, type ExchangeClient, type RequestBody, type StepBody } from '@sx/client';
import { devApiKey } from '@sx/http-kit';

export const SERVICES = ['sending-body', 'receiving-body', 'foreign-affairs', 'presidential-administration', 'prime-minister'] as const;
export type Service = (typeof SERVICES)[number];

const DEFAULT_PORT: Readonly<Record<Service, number>> = {
  'sending-body': 3001,
  'receiving-body': 3002,
  'foreign-affairs': 3003,
  'presidential-administration': 3004,
  'prime-minister': 3005,
};

/** `SX_URL_SENDING_BODY=http://host:port` overrides a service's URL. */
export const urlOf = (service: Service): string =>
  (process.env[`SX_URL_${service.toUpperCase().replace(/-/g, '_')}`] ?? `http://127.0.0.1:${DEFAULT_PORT[service]}`).replace(/\/$/, '');

export type CaseBody = CaseResponse;
export type Eligibility = NonNullable<RequestBody<'openCase'>['candidate']['eligibility']>;

export class DemoError extends Error {}

/** An agency's system: the typed client of its service, with the agency's key. */
export interface Party {
  readonly service: Service;
  readonly agencyId: string;
  readonly client: ExchangeClient;
}

export const party = (service: Service, agencyId: string): Party => ({ service, agencyId, client: exchangeClient(urlOf(service), devApiKey(agencyId)) });

/** Runs one call of `p`, turning a refusal into a DemoError that names who did what. */
async function as<D>(p: Party, call: Promise<{ data?: D; error?: unknown; response: Response }>): Promise<D> {
  try {
    return await ok(call);
  } catch (error) {
    throw new DemoError(`${p.service} as ${p.agencyId}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const onCase = (caseId: string) => ({ params: { path: { caseId } } });

export const getCase = (p: Party, caseId: string): Promise<CaseBody> => as(p, p.client.GET('/cases/{caseId}', onCase(caseId)));
/** The sender submits the reasoned letter with the package (R1 §12, R2 §13, R3 §12). */
export const submit = (p: Party, caseId: string): Promise<CaseBody> => as(p, p.client.POST('/cases/{caseId}/proposal', { ...onCase(caseId), body: {} }));
export const step = (p: Party, caseId: string, body: StepBody): Promise<CaseBody> => as(p, p.client.POST('/cases/{caseId}/steps', { ...onCase(caseId), body }));

/** Exits with a clear message when a service does not answer. */
export async function requireRunning(): Promise<void> {
  const down: string[] = [];
  for (const service of SERVICES) {
    try {
      const res = await fetch(`${urlOf(service)}/ready`, { signal: AbortSignal.timeout(3000) });
      if (!res.ok) down.push(`${service} (${urlOf(service)}): /ready answered HTTP ${res.status}`);
    } catch (error) {
      down.push(`${service} (${urlOf(service)}): ${error instanceof Error ? (error.cause as Error | undefined)?.message ?? error.message : String(error)}`);
    }
  }
  if (down.length === 0) return;
  process.stderr.write(`The Secondment Exchange services are not reachable:\n  ${down.join('\n  ')}\n\nStart the system with \`npm start\` (or set SX_URL_<SERVICE> to where it runs), then run \`npm run demo\` again.\n`);
  process.exit(1);
}

/** Messages cross asynchronously: waits until `p`'s copy of the case has at least `steps` steps. */
export async function caseAt(p: Party, caseId: string, steps: number, timeoutMs = 20_000): Promise<CaseBody> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    try {
      const c = await getCase(p, caseId);
      if (c.steps >= steps) return c;
      last = `${c.steps} steps, status ${c.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new DemoError(`timed out after ${timeoutMs / 1000} s waiting for ${p.agencyId} (${p.service}) to hold case ${caseId} with ${steps} steps (last: ${last}); is RabbitMQ delivering? see .run/${p.service}.log`);
}

const DOCUMENT_KINDS = ['reasoned-letter', 'nomination', 'cv', 'service-record', 'written-consent'] as const;

/** The sender opens a case and attaches the whole package (R1 §12, R2 §13, R3 §12). */
export async function openCase(sender: Party, receiverId: string, fullName: string, eligibility: Eligibility): Promise<CaseBody> {
  const opened = await as(sender, sender.client.POST('/cases', {
    body: { receiverId, reference: `01-12/${Math.floor(Math.random() * 100000)}`, candidate: { fullName, position: 'Chief expert', eligibility } },
  }));
  for (const kind of DOCUMENT_KINDS) {
    const contentBase64 = Buffer.from(`%PDF-1.4 demo ${kind} of ${opened.caseId}`).toString('base64');
    await as(sender, sender.client.PUT('/cases/{caseId}/documents/{kind}', {
      params: { path: { caseId: opened.caseId, kind } },
      body: { fileName: `${kind}.pdf`, contentType: 'application/pdf', contentBase64 },
    }));
  }
  return opened;
}

/**
 * Each party's own record of the case: its timeline and the obligations it shows as open. Each party
 * comes with the number of steps its copy ends with: the rules tell a party only of the steps that
 * concern it, so the approver's copy ends with its own decision.
 */
export async function printHistory(title: string, caseId: string, parties: readonly (readonly [Party, number])[]): Promise<void> {
  console.log(`\n=== ${title} — case ${caseId}`);
  for (const [p, steps] of parties) {
    const c = await caseAt(p, caseId, steps);
    const { entries } = await as(p, p.client.GET('/cases/{caseId}/timeline', onCase(caseId)));
    console.log(`\n  ${p.agencyId} @ ${p.service} (${urlOf(p.service)}): ${c.ruleSet}, status ${c.status}, ${c.steps} steps`);
    console.log(`    ${'time (UTC)'.padEnd(24)} ${'event'.padEnd(24)} ${'actor'.padEnd(9)} ${'cite'.padEnd(10)} on`);
    for (const e of entries) {
      const on = typeof e.details?.['on'] === 'string' ? e.details['on'] : '';
      console.log(`    ${e.at.padEnd(24)} ${e.event.padEnd(24)} ${(e.actor ?? '').padEnd(9)} ${(e.cite ?? '').padEnd(10)} ${on}`);
    }
    if (c.obligations.length === 0) console.log('    open obligations: none');
    for (const o of c.obligations) {
      console.log(`    owes: ${o.actor.padEnd(9)} ${o.id.padEnd(26)} due ${o.due ?? '(year not in the calendar yet)'}  ${o.cite}${o.overdue ? '  OVERDUE' : ''}`);
    }
  }
}
