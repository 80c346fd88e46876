import { devApiKey } from '../../../libs/http-kit/src/auth/agency-keys';
import type { AgencyRegistry } from '../../../libs/case-exchange/src/agencies/agency-registry';
import type { ServiceProcess } from '@sx/testing';

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) => '  ' + r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('   ').trimEnd()).join('\n');
}

/** The closing message of `npm start`: where each service answers and the dev key of each agency. */
export function runningSummary(processes: readonly ServiceProcess[], agencies: AgencyRegistry): string {
  const services = table([['service', 'URL', 'API docs', 'console', 'log'], ...processes.map((p) => [p.name, p.baseUrl, `${p.baseUrl}/docs`, `${p.baseUrl}/console/`, `.run/${p.name}.log`])]);
  const keys = table([
    ['agency', 'dev API key (Authorization: Bearer …)', 'acts through'],
    ...agencies.all().map((a) => [a.id, devApiKey(a.id), a.services.join(', ')]),
  ]);
  return `\nSecondment Exchange is running:\n\n${services}\n\n${keys}\n\nTraces: Jaeger's query API on http://127.0.0.1:16686/api/traces (the consoles draw them).\nCtrl-C stops the services (RabbitMQ, FerretDB and Jaeger keep running: npm run infra:down).\n`;
}
