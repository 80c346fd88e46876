import { z } from 'zod';
import { defineRoute } from '@sx/http-kit';
import { appendedEntries, commandCounts } from '@sx/persistence';
import { TAGS } from '../../http/common.schemas';
import type { CaseContext } from '../../context/case-context';

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
        service: z.string().describe('The service this process runs.'),
        pid: z.number().int().describe('The operating system process id: counters are per process and start at 0 when it starts.'),
        dbCommands: z
          .object({
            total: z.number().int().describe('Database commands sent since the process started.'),
            byCommand: z.record(z.string(), z.number().int()).describe('The same, by command name (find, insert, update …).'),
          })
          .describe('Commands this process sent to its database.'),
        caseLogAppends: z.number().int().describe('Entries this process appended to case logs (each a step or a local change of a case).'),
      }),
    },
    handler: () => ({ status: 200, body: { service: ctx.service, pid: process.pid, dbCommands: commandCounts(), caseLogAppends: appendedEntries() } }),
  });
