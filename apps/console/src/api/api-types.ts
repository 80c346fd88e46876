import type { CaseResponse, operations } from '@sx/client';

// The console's names for what the API returns: every type comes from the generated client
// (`npm run contracts:generate`), none is written by hand.
type Json<O extends keyof operations, S extends number = 200> = operations[O]['responses'] extends Record<S, { content: { 'application/json': infer B } }> ? B : never;

export type Case = CaseResponse;
export type Obligation = Case['obligations'][number];
export type EventRecord = Case['events'][number];
export type CaseDocument = Case['documents'][number];
export type Role = 'sender' | 'receiver' | 'mfa' | 'approver';
export type CaseList = Json<'listCases'>;
export type Timeline = Json<'getCaseTimeline'>;
export type TimelineEntry = Timeline['entries'][number];
export type Eligibility = Json<'getCaseEligibility'>;
export type ConditionRow = Eligibility['conditions'][number];
export type ConditionStatus = ConditionRow['status'];
export type Audit = Json<'exportCaseAudit'>;
export type CaseTraces = Json<'getCaseTraces'>;
export type TraceSpan = CaseTraces['spans'][number];
export type CaseActs = Json<'getCaseActs'>;
export type AvailableAct = CaseActs['acts'][number];
export type Localized = Obligation['text'];
