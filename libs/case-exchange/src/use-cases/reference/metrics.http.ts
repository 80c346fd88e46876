import { z } from 'zod';
import { ApiError, defineRoute } from '@sx/http-kit';
import { isOperator, operatorToken } from '@sx/observability';
import { appendedEntries, commandCounts } from '@sx/persistence';
import { TAGS } from '../../http/common.schemas';
import type { CaseContext } from '../../context/case-context';

const OPERATOR_ONLY = {
  kk: 'Бұл метрикалар тек операторға арналған: Authorization: Bearer <SX_OPERATOR_TOKEN> қажет.',
  ru: 'Эти метрики только для оператора: нужен заголовок Authorization: Bearer <SX_OPERATOR_TOKEN>.',
  en: 'These metrics are for operators only: send Authorization: Bearer <SX_OPERATOR_TOKEN>.',
};

export const metricsRoute = (ctx: Pick<CaseContext, 'service'>) => {
  // Read once: an operator token is part of a deployment, not changed while it runs.
  const token = operatorToken(process.env);
  return defineRoute({
    method: 'get',
    path: '/metrics',
    operationId: 'getMetrics',
    summary: 'Operational counters of this process (operators only: Authorization: Bearer <SX_OPERATOR_TOKEN>)',
    description:
      'Database commands sent, by command, and case log entries appended. Answers only the operator token (SX_OPERATOR_TOKEN); refuses everyone when none is set. The full metrics are on the separate Prometheus listener (OTEL_METRICS_EXPORTER=prometheus), which the manifests do not expose.',
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
    handler: ({ req }) => {
      if (!isOperator(req.headers.authorization, token)) throw new ApiError(401, 'AUTH.UNAUTHENTICATED', OPERATOR_ONLY);
      return { status: 200, body: { service: ctx.service, pid: process.pid, dbCommands: commandCounts(), caseLogAppends: appendedEntries() } };
    },
  });
};
