import { RULE_SETS } from '../common/citation';
import { PARTY_ROLES } from '../deadlines/party-role';
import { ev, rejected } from './case-walk.fixture';
import { newCase, type CaseState } from '../procedures/case-state';
import type { CaseStatus } from '../procedures/case-status';
import { CASE_EVENT_TYPES, type CaseEventType } from '../procedures/events.schema';
import { procedureDefinition } from './procedure-definition';

const payload: Readonly<Record<CaseEventType, Record<string, unknown>>> = {
  ProposalSubmitted: { receiverKind: 'other-state-body' },
  CandidateInterviewed: {},
  ProposalAgreed: {},
  ProposalRefused: {},
  ProposalWithdrawn: {},
  AnotherCandidateRaised: {},
  ApprovalRequested: {},
  ApprovalGranted: {},
  ApprovalDenied: {},
  AppointmentDecided: { startsOn: '2025-07-01' },
  OrderIssued: { effectiveFrom: '2025-07-01' },
  SenderOrderIssued: { dispatchedOn: '2025-07-01' },
  PersonalFileTransferred: {},
  KpiApproved: {},
  ExtensionConsented: { newTermEndsOn: '2028-07-01' },
  ExtensionDecided: { newTermEndsOn: '2028-07-01', consentsOf: [] },
  DisciplinaryOffenceFound: {},
  DisciplinaryOffenceReported: { offenceOn: '2025-06-02' },
  ReleaseNotified: { releaseOn: '2025-07-01' },
  ReleaseDecided: {},
  RecallDecided: {},
  EarlyRecallProposed: {},
  EarlyRecallDeclined: {},
  EarlyRecallConsented: {},
  EarlyRecallDecided: { ground: 2 },
  EarlyRecallNotified: {},
  OverrideRecorded: { target: 'term', basis: { kind: 'law', act: 'Law', article: 'art. 1' }, value: { amount: 2, unit: 'years' } },
};

const inStatus = (ruleSet: (typeof RULE_SETS)[number], status: CaseStatus): CaseState => ({
  ...newCase(ruleSet),
  status,
  asOf: '2025-06-02' as CaseState['asOf'],
  receiverKind: ruleSet === 'R2' ? 'foreign-institution' : 'other-state-body',
});

describe.each(RULE_SETS)('%s: every step is guarded by its state and its actor', (ruleSet) => {
  const definition = procedureDefinition(ruleSet);
  const cases = definition.transitions.flatMap((t) =>
    definition.states.filter((s) => !t.from.includes(s)).map((status) => ({ t, status })),
  );

  it.each(cases.map(({ t, status }) => [`${t.cite}: ${t.event} in state ${status} is an illegal transition`, t, status] as const))(
    '%s',
    (_name, t, status) => {
      const violations = rejected(inStatus(ruleSet, status), ev(t.event, t.actors[0] ?? 'sender', '2025-06-02', payload[t.event]));
      expect(violations.map((v) => [v.code, v.cite])).toEqual([['CASE.ILLEGAL_TRANSITION', t.cite]]);
    },
  );

  const wrongActors = definition.transitions.flatMap((t) => PARTY_ROLES.filter((r) => !t.actors.includes(r)).map((actor) => ({ t, actor })));
  it.each(wrongActors.map(({ t, actor }) => [`${t.cite}: ${t.event} by the ${actor} is rejected: the paragraph names ${t.actors.join(' or ')}`, t, actor] as const))(
    '%s',
    (_name, t, actor) => {
      const status = t.from[0] ?? 'draft';
      const violations = rejected(inStatus(ruleSet, status), ev(t.event, actor, '2025-06-02', payload[t.event]));
      expect(violations.map((v) => [v.code, v.cite])).toEqual([['CASE.WRONG_ACTOR', t.cite]]);
    },
  );

  const foreign = CASE_EVENT_TYPES.filter((type) => !definition.transitions.some((t) => t.event === type));
  it.each(foreign)(`SPEC Procedure ${ruleSet}: %s is not a step of this procedure`, (type) => {
    const violations = rejected(inStatus(ruleSet, 'active'), ev(type, 'sender', '2025-06-02', payload[type]));
    expect(violations.map((v) => [v.code, v.cite])).toEqual([['CASE.ILLEGAL_TRANSITION', `SPEC Procedure ${ruleSet}`]]);
  });

  it(`${ruleSet}: a wrong state and a wrong actor are reported together`, () => {
    const violations = rejected(newCase(ruleSet), ev('ApprovalGranted', 'seconded-person', '2025-06-02'));
    expect(violations.map((v) => v.code)).toEqual(['CASE.ILLEGAL_TRANSITION', 'CASE.WRONG_ACTOR']);
  });
});

describe('terminal states accept nothing', () => {
  it.each(['approval-denied', 'withdrawn', 'recalled'] as const)('R3 §19: a case in state %s takes no further event', (status) => {
    const violations = rejected(inStatus('R3', status), ev('ProposalSubmitted', 'sender', '2025-06-02', payload.ProposalSubmitted));
    expect(violations[0]?.code).toBe('CASE.ILLEGAL_TRANSITION');
  });
});
