import { z } from 'zod';
import { LocalizedTextSchema } from '@sx/contracts';
import { PartyRoleSchema, PeriodUnitSchema, procedureDefinition, type CaseStatus, type PartyRole, type RuleSet } from '@sx/rules';
import { ActOnCaseBodySchema } from '../act-on-case/act-on-case.schema';

const DescribedPeriodSchema = z.object({
  amount: z.number().int().positive().describe('How many units.'),
  unit: PeriodUnitSchema.describe('working-days, calendar-days, months or years.'),
});

export const OpenedDeadlineSchema = z.object({
  id: z.string().describe('The obligation the act opens, e.g. `R3.receiver-decision`.'),
  actor: PartyRoleSchema.describe('Who must act next under it.'),
  cite: z.string().describe('The paragraph that sets the term.'),
  period: DescribedPeriodSchema.describe('The term, in the edition now in force.'),
  counting: z.enum(['after', 'before']).describe('`after`: counted from the day after the act; `before`: ends before the date the act names.'),
  text: LocalizedTextSchema.describe('What is owed, in kk, ru and en.'),
});

export const AvailableActSchema = z.object({
  type: z.string().describe('The step, as `POST /cases/{caseId}/steps` takes it in `type` (or `ProposalSubmitted`: `POST /cases/{caseId}/proposal`).'),
  as: PartyRoleSchema.describe('The role of yours the rules let take it.'),
  route: z.enum(['steps', 'proposal']).describe('Where to send it: `steps` (POST /cases/{caseId}/steps) or `proposal` (POST /cases/{caseId}/proposal).'),
  cite: z.string().describe('The paragraph under which the act is taken.'),
  text: LocalizedTextSchema.describe('The act in kk, ru and en.'),
  leadsTo: z.array(z.string()).describe('The states the case can be in after it.'),
  notify: z.array(PartyRoleSchema).describe('The parties told of it.'),
  opens: z.array(OpenedDeadlineSchema).describe('Who must act next, under which paragraph, within which term.'),
  fields: z.record(z.string(), z.unknown()).describe('The JSON Schema of the act’s own fields (the request body without `type`, `on` and `as`): what a form must ask for.'),
});
export type AvailableAct = z.infer<typeof AvailableActSchema>;

type EventObject = z.ZodObject<z.ZodRawShape>;
const OWN = new Set(['type', 'on', 'as']);

/** Each step's own fields as JSON Schema, from the schema `POST /steps` validates with: one source for both. */
const fieldsByType: ReadonlyMap<string, Record<string, unknown>> = new Map(
  (ActOnCaseBodySchema.options as unknown as readonly EventObject[]).map((o) => {
    const json = z.toJSONSchema(o, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, unknown>; required?: string[] };
    const properties = Object.fromEntries(Object.entries(json.properties ?? {}).filter(([k]) => !OWN.has(k)));
    const required = (json.required ?? []).filter((k) => !OWN.has(k));
    return [(o.shape['type'] as z.ZodLiteral<string>).value, { type: 'object', properties, required }];
  }),
);

/**
 * The acts the rules accept now from the caller: the transitions of the case's rule set that
 * start in its current state and that one of the caller's roles may take. What the rules would
 * refuse on the facts (a date, a missing consent) is still refused when sent, with its paragraph.
 */
export function availableActs(ruleSet: RuleSet, status: CaseStatus, roles: readonly PartyRole[]): AvailableAct[] {
  const definition = procedureDefinition(ruleSet);
  const obligations = new Map(definition.obligations.map((o) => [o.id, o]));
  return definition.transitions.flatMap((t) => {
    if (!t.from.includes(status)) return [];
    const as = roles.find((r) => t.actors.includes(r));
    if (as === undefined) return [];
    const proposal = t.event === 'ProposalSubmitted';
    return [{
      type: t.event,
      as,
      route: proposal ? ('proposal' as const) : ('steps' as const),
      cite: t.cite,
      text: t.text,
      leadsTo: [...t.to],
      notify: [...t.notify],
      opens: t.opens.flatMap((id) => {
        const o = obligations.get(id);
        return o ? [{ id: o.id, actor: o.actor, cite: o.cite, period: o.period, counting: o.counting, text: o.text }] : [];
      }),
      fields: fieldsByType.get(t.event) ?? { type: 'object', properties: {}, required: [] },
    }];
  });
}
