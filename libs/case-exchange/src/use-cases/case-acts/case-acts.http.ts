import { z } from 'zod';
import { CaseEtagHeaderSchema, caseEtag } from '../../http/case-version';
import { TAGS } from '../../http/common.schemas';
import type { CaseContext } from '../../context/case-context';
import { authorizeAct } from '../../authorization/authorize-act';
import { loadCaseFor } from '../shared/load-case';
import { AvailableActSchema, availableActs } from './case-acts.use-case';
import { caseReadRoute } from '../../http/case-read-route';

export const caseActsRoute = (ctx: CaseContext) =>
  caseReadRoute({
    view: 'acts',
    operationId: 'getCaseActs',
    summary: 'The acts you may take now: for the case’s current state and your roles, each with its paragraph, who acts next and the term it opens',
    tags: TAGS.steps,
    responses: {
      200: z.object({
        caseId: z.string().describe('The case.'),
        seq: z.number().int().describe('The case’s version these acts are for: send it back as If-Match ("<seq>").'),
        status: z.string().describe('The case’s current state.'),
        acts: z.array(AvailableActSchema).describe('The acts the rules accept now from one of your roles (empty: nothing is yours to do).'),
      }),
    },
    responseHeaders: CaseEtagHeaderSchema,
    errors: [404],
    handler: async ({ agency, actor, params }) => {
      const { aggregate, roles } = await loadCaseFor(ctx, params.caseId, agency.agencyId);
      const v = aggregate.state;
      // Only what this person may take too: a preparer is not offered a decision (#18: 403 AUTH.NOT_SIGNATORY).
      const acts = availableActs(v.ruleSet, v.status, roles).filter((a) => authorizeAct(actor, a.type as Parameters<typeof authorizeAct>[1], v.ruleSet) === undefined);
      return {
        status: 200,
        body: { caseId: v.caseId, seq: v.events.length, status: v.status, acts },
        headers: { ETag: caseEtag(aggregate) },
      };
    },
  });
