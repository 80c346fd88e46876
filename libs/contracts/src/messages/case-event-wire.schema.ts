import { z } from 'zod';
import {
  CaseEventSchema,
  deadlineParameter,
  EXTENSION_LIMIT_PARAMETERS,
  latestValue,
  periodText,
  procedureDefinition,
  RULE_SETS,
  type CaseEventType,
  type DeadlineStep,
  type Period,
  type RuleSet,
} from '@sx/rules';

/** What a step means under each rule set that has it: `R3 §13 (receiver): The receiver agreed …; …`. */
export const caseEventText = (type: CaseEventType): string => {
  const steps = RULE_SETS.flatMap((rs) => procedureDefinition(rs).transitions.filter((e) => e.event === type).map((e) => `${e.cite} (${e.actors.join('/')}): ${e.text.en}`));
  return steps.length > 0 ? steps.join('; ') : type;
};

/** A number of the law as the latest edition states it, read from its dated parameter ("10 working days"). */
const said = (p: Period): string => periodText(p).en;
const period = (ruleSet: RuleSet, step: DeadlineStep): string => {
  const parameter = deadlineParameter(ruleSet, step);
  if (!parameter) throw new Error(`case events: ${ruleSet} sets no period for ${step}`);
  return said(latestValue(parameter));
};

const RECEIVED_ON = 'The day the other side received this step’s letter or document, when later than `on` (it defaults to `on`, the exchange being electronic). The owing party’s own signed receipt (StepReceipt), when later still, is what starts its period.';

/** The meaning of each event field, by its path inside the event; `EVENT_FIELD_TEXT` says more where one event gives it a sharper one. */
const FIELD_TEXT: Readonly<Record<string, string>> = {
  actor: 'The party role that took the step: one of the roles its citation names (see `type`). The service fills it in from the caller’s role.',
  on: 'The legal date of the step (YYYY-MM-DD in Asia/Almaty): the date of the letter, decision or order. A period the step opens counts from the next day (SPEC, Deadlines: how to count).',
  receivedOn: `${RECEIVED_ON} A period that runs from receipt starts the day after it.`,
  newTermEndsOn: `The new last day of the secondment term: at most ${said(latestValue(EXTENSION_LIMIT_PARAMETERS.R3))} past the term first set, in all (R1 §8, R2 §8, R3 §8); only while the term runs.`,
};

const EVENT_FIELD_TEXT: Readonly<Partial<Record<CaseEventType, Readonly<Record<string, string>>>>> = {
  ProposalSubmitted: {
    receivedOn: `${RECEIVED_ON} The receiver’s ${period('R3', 'receiver-decision')} (R1 §13, R3 §13) or the MFA’s ${period('R2', 'mfa-decision')} (R2 §14) count from it.`,
    receiverKind: 'What kind of organization receives the candidate. It decides the approval route (R1 §11, R3 §11: the Head of the Presidential Administration or the Prime Minister; R2 §10: the President) and which “unless a charter or treaty provides otherwise” clauses may apply.',
    candidateIsPresidentialAdministrationServant:
      'R2 §16: the candidate is a civil servant of the Presidential Administration itself; once the MFA agrees, no letter to the Presidential Administration is needed. Defaults to false.',
  },
  ProposalAgreed: { receivedOn: `${RECEIVED_ON} The sender’s ${period('R3', 'approval-request')} to ask for approval (R1 §15, R2 §16, R3 §15) count from it.` },
  ProposalRefused: {
    receivedOn: `${RECEIVED_ON} The ${period('R1', 'replacement-candidate')} to propose another candidate (R1 §14, R2 §15) count from it; R3 §14 sets no period.`,
    reason: 'Why the receiver (R1, R3) or the MFA (R2) refused, in its own words; kept in the record, not checked.',
  },
  ApprovalGranted: { receivedOn: `${RECEIVED_ON} The receiver’s ${period('R3', 'appointment-decision')} to decide the appointment (R1 §16, R3 §16) or the MFA’s ${period('R2', 'order')} to issue its order (R2 §18) count from it.` },
  AppointmentDecided: {
    receivedOn: `${RECEIVED_ON} The sender’s ${period('R3', 'order')} to issue the order count from the receipt of the copy of the confirming document (R1 §17, R3 §17).`,
    startsOn: 'The start date in the receiver’s confirming document (R1 §16, R3 §16): the secondment order must take effect from this date (R1 §17, R3 §17).',
  },
  OrderIssued: { effectiveFrom: 'The date the secondment order takes effect: in R1 and R3 it must equal the appointment’s `startsOn` (R1 §17, R3 §17); in R2 it is the start at the foreign institution (R2 §18).' },
  SenderOrderIssued: { dispatchedOn: 'The date the person is dispatched to the foreign institution: the seconded person’s KPIs are due no later than 1 month from it (R2 §12).' },
  ExtensionConsented: { newTermEndsOn: 'The new last day of the term the receiver (R1, R3) or the MFA (R2) consents to: the extension decided next must name the same date (R1 §8, R2 §8, R3 §8).' },
  ExtensionDecided: {
    consentsOf:
      'The parties whose written consent the decider records: the seconded person, who has no service of their own (R1 §8, R2 §8, R3 §8). The receiver’s (R1, R3) or the MFA’s (R2) consent counts only as its own ExtensionConsented step for the same `newTermEndsOn`; naming it here proves nothing.',
  },
  DisciplinaryOffenceFound: { on: `The day the disciplinary offence was committed or discovered: the ${period('R3', 'discipline-report')} to send the information and materials count from it (R1 §9, R2 §9, R3 §9). An early recall on the ground of an offence (R1/R3 §18(3), R2 §20(4)) needs one on record.` },
  DisciplinaryOffenceReported: { offenceOn: `The day the reported offence was committed or discovered (the \`on\` of its DisciplinaryOffenceFound): names which offence’s report, due within ${period('R3', 'discipline-report')} of it, this is (R1 §9, R2 §9, R3 §9).` },
  ReleaseNotified: {
    receivedOn: `${RECEIVED_ON} In R1 the MFA’s ${period('R1', 'recall-decision')} to decide the recall count from it (R1 §19).`,
    releaseOn: `The day the release decision will be taken: not before the term’s last day, since this route serves the term’s expiry only (R1/R3 §18(1), R2 §20(1)); the written notice must come at least ${period('R3', 'release-notice')} before it (R1 §19, R2 §21, R3 §19).`,
  },
  EarlyRecallDecided: {
    ground:
      'The ground for ending the secondment, by its number in R1 §18 or R3 §18 (2–5) or R2 §20 (2–6). Ground 1 (the term expired) goes through the release notice instead; ground 2 (a joint written decision) needs the joint decision signed first (EarlyRecallProposed by either party, EarlyRecallConsented by the other); a disciplinary offence (R1/R3 §18(3), R2 §20(4)) needs a DisciplinaryOffenceFound on record.',
  },
  EarlyRecallDeclined: { reason: 'Why the party that did not make the proposal declines the joint decision (R1/R3 §18(2), R2 §20(2)), in its own words; kept in the record, not checked. Either party may propose again.' },
  OverrideRecorded: {
    target: 'What the legal basis changes: a step’s period (by the step’s name), the term, the extension limit, or the approval routing. Only where the paragraph says “unless … provides otherwise” (e.g. R1 §13, R3 §11, R3 §13).',
    basis: 'The act that provides otherwise. A period, term or route departs from the rules only with its basis recorded, never silently (SPEC, Deadlines: how to count).',
    'basis.kind': 'The kind of act: `law`, `treaty` (a ratified international treaty) or `charter` (of the receiving organization). The paragraph must name that kind, e.g. R1 §13 only charters of organizations that are not RK organizations.',
    'basis.act': 'The act’s title and number, as it would be cited.',
    'basis.article': 'The article or paragraph of the act that sets the other value.',
    value: 'The value the act sets: a period (`amount` and `unit`) for a step, the term or the extension limit; or the approving `authority` for the approval routing (R3 §11).',
    'value.amount': 'How many units the period lasts.',
    'value.unit': 'What the period counts: `working-days`, `calendar-days`, `months` or `years` (never working days for the term; never years for a step), counted as SPEC “Deadlines: how to count” says.',
    'value.authority': 'Who approves instead of the route R3 §11 sets, as the treaty provides: the Presidential Administration, the Prime Minister, the President, or `not-required`.',
  },
};

const textOf = (type: CaseEventType, path: string): string => {
  if (path === 'type') return `The step: ${caseEventText(type)}.`;
  const text = EVENT_FIELD_TEXT[type]?.[path] ?? FIELD_TEXT[path];
  if (!text) throw new Error(`case events: no description for ${type}.${path}`);
  return text;
};

/**
 * A copy of `schema` in which every object property has its description, recursing through the
 * objects, optionals and unions the events are made of. The copy checks exactly what the original
 * checks: only `.describe()` is added (frozen-case-events.spec.ts proves the wire schema unchanged).
 */
function annotated(schema: z.core.$ZodType, describeAt: (path: string) => string, path = ''): z.ZodType {
  const field = (child: z.core.$ZodType, at: string): z.ZodType => annotated(child, describeAt, at).describe(describeAt(at));
  if (schema instanceof z.ZodObject) {
    return schema.extend(Object.fromEntries(Object.entries(schema.shape).map(([key, child]) => [key, field(child, path ? `${path}.${key}` : key)])));
  }
  if (schema instanceof z.ZodOptional) return annotated(schema.unwrap(), describeAt, path).optional();
  if (schema instanceof z.ZodUnion) return z.union(schema.options.map((option) => annotated(option, describeAt, path)));
  // Every schema the rules build is a classic zod schema: the leaves (literals, enums, strings, arrays) are kept as they are.
  return schema as z.ZodType;
}

/**
 * The rules' events as the wire contract documents them: the same schema as `CaseEventSchema` of
 * @sx/rules, with each field's meaning for an integrator (and its paragraph). The rules' event schemas
 * carry no annotations, so the frozen contract (taken from them) is unchanged; this copy only annotates them.
 */
export const CaseEventWireSchema = z.discriminatedUnion(
  'type',
  CaseEventSchema.options.map((option) => annotated(option, (path) => textOf(option.shape.type.value, path))) as unknown as typeof CaseEventSchema.options,
) as unknown as typeof CaseEventSchema;
