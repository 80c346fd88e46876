import type { ServiceName } from '@sx/contracts';
import { caseAt, eligibleCandidate, openWithPackage, step, submit } from './case-flows';
import type { Exchange } from './exchange';
import type { PartyApi } from './party-api';

type Party = readonly [ServiceName, string];
type Role = 'sender' | 'receiver' | 'mfa' | 'approver';
type StepName = 'submit' | 'interview' | 'agree' | 'request' | 'grant' | 'appoint' | 'order' | 'senderOrder' | 'file';

/** Legal dates of the steps up to `active`; a step without one is dated today. */
export type StepDates = Partial<Record<StepName, string>>;

/** Every step to `active` dated in January 2026, for cases that must later reach a release date. */
export const JANUARY_2026: StepDates = {
  submit: '2026-01-19', interview: '2026-01-20', agree: '2026-01-20', request: '2026-01-21', grant: '2026-01-22',
  appoint: '2026-01-23', order: '2026-01-26', senderOrder: '2026-01-27', file: '2026-01-27',
};

interface Route {
  readonly parties: Partial<Record<Role, Party>>;
  readonly receiverId: string;
  readonly eligibility?: Record<string, unknown>;
  /** Each step: who takes it, its body, and which party must then hold how many steps before the next. */
  readonly steps: readonly { name: StepName; by: Role; body: (startsOn: string, dispatchedOn: string) => Record<string, unknown>; then?: [Role, number] }[];
}

const ministryToMinistry = { sender: ['sending-body', 'ministry-of-finance'], receiver: ['receiving-body', 'ministry-of-justice'], approver: ['prime-minister', 'prime-minister'] } as const;
const appointAndOrder: Route['steps'] = [
  { name: 'submit', by: 'sender', body: () => ({}), then: ['receiver', 1] },
  { name: 'agree', by: 'receiver', body: () => ({ type: 'ProposalAgreed' }), then: ['sender', 2] },
  { name: 'request', by: 'sender', body: () => ({ type: 'ApprovalRequested' }), then: ['approver', 3] },
  { name: 'grant', by: 'approver', body: () => ({ type: 'ApprovalGranted' }), then: ['receiver', 4] },
  { name: 'appoint', by: 'receiver', body: (startsOn) => ({ type: 'AppointmentDecided', startsOn }), then: ['sender', 5] },
  { name: 'order', by: 'sender', body: (startsOn) => ({ type: 'OrderIssued', effectiveFrom: startsOn }) },
  { name: 'file', by: 'sender', body: () => ({ type: 'PersonalFileTransferred' }), then: ['receiver', 7] },
];

/** The cases the e2e tests drive to `active`: who the parties are and the steps each procedure takes. */
export const ROUTES = {
  // R3: the Ministry of Finance to the Ministry of Justice, a central executive body: the Prime Minister approves (R3 §11(2)).
  R3: { parties: ministryToMinistry, receiverId: 'ministry-of-justice', steps: appointAndOrder },
  // R1: the MFA to the Akimat of Almaty, an "other state body": the Head of the PA approves (R1 §11(1)).
  R1: {
    parties: { sender: ['foreign-affairs', 'mfa'], receiver: ['receiving-body', 'akimat-almaty'], approver: ['presidential-administration', 'presidential-administration'] },
    receiverId: 'akimat-almaty',
    eligibility: eligibleCandidate({ diplomaticServicePersonnel: true }),
    steps: appointAndOrder,
  },
  // R2: the Ministry of Finance to the Embassy in Berlin; the MFA reviews and orders, the PA approves (R2 §14–§19).
  R2: {
    parties: { sender: ['sending-body', 'ministry-of-finance'], mfa: ['foreign-affairs', 'mfa'], approver: ['presidential-administration', 'presidential-administration'] },
    receiverId: 'embassy-berlin',
    steps: [
      { name: 'submit', by: 'sender', body: () => ({}), then: ['mfa', 1] },
      { name: 'interview', by: 'mfa', body: () => ({ type: 'CandidateInterviewed' }) },
      { name: 'agree', by: 'mfa', body: () => ({ type: 'ProposalAgreed' }), then: ['sender', 3] },
      { name: 'request', by: 'sender', body: () => ({ type: 'ApprovalRequested' }), then: ['approver', 4] },
      { name: 'grant', by: 'approver', body: () => ({ type: 'ApprovalGranted' }), then: ['mfa', 5] },
      { name: 'order', by: 'mfa', body: (startsOn) => ({ type: 'OrderIssued', effectiveFrom: startsOn }), then: ['sender', 6] },
      { name: 'senderOrder', by: 'sender', body: (_, dispatchedOn) => ({ type: 'SenderOrderIssued', dispatchedOn }), then: ['mfa', 7] },
    ],
  },
} as const satisfies Record<'R1' | 'R2' | 'R3', Route>;

export interface WalkOptions {
  readonly dates?: StepDates;
  /** The start date in the confirming document (R1, R3) or the MFA's order (R2). */
  readonly startsOn?: string;
  /** R2 §12: the dispatch date in the sending body's order; defaults to that step's date, else 18 March 2026. */
  readonly dispatchedOn?: string;
  /**
   * §8 "unless a law provides otherwise": a term the sender records on a law right after the proposal,
   * so a case begun this year can reach its term's end (R1/R2/R3 §19/§21 serve the term's end only).
   * One more step in the log.
   */
  readonly termByLaw?: { readonly amount: number; readonly unit: 'months' | 'calendar-days' };
}

const TERM_LAW = { kind: 'law', act: 'Law of the RK on civil service', article: 'art. 39' } as const;

/** Opens a case with its package and drives it through the HTTP APIs to `active`; returns its id. */
export async function walkToActive(exchange: Exchange, ruleSet: keyof typeof ROUTES, options: WalkOptions = {}): Promise<string> {
  const route: Route = ROUTES[ruleSet];
  const dates = options.dates ?? {};
  const startsOn = options.startsOn ?? '2026-04-01';
  const dispatchedOn = options.dispatchedOn ?? dates.senderOrder ?? '2026-03-18';
  const client = (role: Role): PartyApi => {
    const party = route.parties[role];
    if (!party) throw new Error(`no ${role} in the ${ruleSet} route`);
    return exchange.api(party[0], party[1]);
  };
  const draft = await openWithPackage(client('sender'), { receiverId: route.receiverId, ...(route.eligibility ? { eligibility: route.eligibility } : {}) });
  const extra = options.termByLaw ? 1 : 0;
  for (const s of route.steps) {
    const on = dates[s.name];
    if (s.name === 'submit') {
      await submit(client('sender'), draft.caseId, on);
      if (options.termByLaw) {
        await step(client('sender'), draft.caseId, { type: 'OverrideRecorded', target: 'term', basis: TERM_LAW, value: options.termByLaw, ...(on ? { on } : {}) });
      }
    } else await step(client(s.by), draft.caseId, { ...s.body(startsOn, dispatchedOn), ...(on ? { on } : {}) });
    if (s.then) await caseAt(client(s.then[0]), draft.caseId, s.then[1] + extra);
  }
  const active = await caseAt(client('sender'), draft.caseId, route.steps.length + extra);
  if (active.status !== 'active') throw new Error(`the ${ruleSet} case ${draft.caseId} ended ${active.status}, not active`);
  return draft.caseId;
}
