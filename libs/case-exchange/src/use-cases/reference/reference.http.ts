import { z } from 'zod';
import { messageCatalog } from '@sx/contracts';
import { defineRoute } from '@sx/http-kit';
import { procedureDefinition, RULE_SETS } from '@sx/rules';
import { TAGS } from '../../http/common.schemas';
import type { CaseContext } from '../../context/case-context';

export const procedureRoute = () =>
  defineRoute({
    method: 'get',
    path: '/procedures/:ruleSet',
    operationId: 'getProcedure',
    summary: 'The procedure of a rule set: states, steps, who takes each, under which paragraph, and the deadlines they open',
    tags: TAGS.reference,
    auth: false,
    request: {
      params: z
        .object({ ruleSet: z.enum(RULE_SETS as unknown as ['R1', 'R2', 'R3']).describe('The rule set: R1 (MFA staff to state bodies and organizations), R2 (to foreign institutions), R3 (civil servants to state bodies and organizations).') })
        .strict(),
    },
    responses: { 200: z.record(z.string(), z.unknown()) },
    handler: ({ params }) => ({ status: 200, body: procedureDefinition(params.ruleSet) as unknown as Record<string, unknown> }),
  });

export const messageCatalogRoute = () =>
  defineRoute({
    method: 'get',
    path: '/messages',
    operationId: 'listMessageTypes',
    summary: 'The message catalog: every message type, its version, who sends and who receives it',
    tags: TAGS.reference,
    auth: false,
    responses: { 200: z.array(z.record(z.string(), z.unknown())) },
    handler: () => ({ status: 200, body: messageCatalog.list().map((e) => ({ ...e })) }),
  });

export const agenciesRoute = (ctx: CaseContext) =>
  defineRoute({
    method: 'get',
    path: '/agencies',
    operationId: 'listAgencies',
    summary: 'The registry of agencies and their organization kinds',
    tags: TAGS.reference,
    auth: true,
    responses: { 200: z.array(z.record(z.string(), z.unknown())) },
    handler: () => ({ status: 200, body: ctx.agencies.all().map((a) => ({ ...a })) }),
  });
