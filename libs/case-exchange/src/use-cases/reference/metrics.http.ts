import { z } from 'zod';
import { defineRoute } from '@sx/http-kit';
import { appendedEntries, commandCounts } from '@sx/persistence';
import { TAGS } from '../../http/common.schemas';
import type { CaseContext } from '../shared/case-context';

export const metricsRoute = (ctx: Pick<CaseContext, 'service'>) =>
  defineRoute({
    method: 'get',
    path: '/metrics',
    operationId: 'getMetrics',
    summary: 'Operational counters of this process: database commands sent, by command, and case log entries appended',
    tags: TAGS.reference,
    auth: false,
    responses: {
      200: z.object({
        service: z.string(),
        pid: z.number().int(),
        dbCommands: z.object({ total: z.number().int(), byCommand: z.record(z.string(), z.number().int()) }),
        caseLogAppends: z.number().int().describe('Entries this process appended to case logs (each a step or a local change of a case).'),
      }),
    },
    handler: () => ({ status: 200, body: { service: ctx.service, pid: process.pid, dbCommands: commandCounts(), caseLogAppends: appendedEntries() } }),
  });
