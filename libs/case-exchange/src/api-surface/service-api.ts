import { SERVICE_ROLES, type ServiceName } from '@sx/contracts';
import type { OpenApiInfo, Route } from '@sx/http-kit';
import { asyncApiDocument, type AsyncApiDocument } from '@sx/messaging';
import type { CaseModule } from '../case-module';
import { DEFAULT_PORTS } from '../runtime/service-defaults';

export const API_VERSION = '1.0.0';

const TAG_TEXT = {
  Cases: 'Opening cases, their package of documents, and reading a case, its history, audit chain and traces.',
  'Procedure steps': 'The steps of the procedure each party takes under R1, R2 and R3.',
  Reference: 'The procedures, the message catalog, the agencies and operational counters.',
  Webhooks: 'Subscriptions of an agency’s system to the events of its cases (Standard Webhooks), their deliveries and redelivery.',
} as const;

const rolesText = (service: ServiceName): string =>
  Object.entries(SERVICE_ROLES[service]).map(([ruleSet, roles]) => `${ruleSet}: ${roles.join(', ')}`).join('; ');

/** What a service's HTTP app is given besides its plumbing: its operations and how they are documented. */
export interface ServiceHttpApi {
  readonly routes: readonly Route[];
  readonly withheld: readonly Route[];
  readonly openapi: OpenApiInfo;
  /** Built when asked for (the first GET /asyncapi.json), not at start-up. */
  readonly asyncapi: () => AsyncApiDocument;
}

/** The one definition of a service's API, for the running service and for the committed documents alike. */
export function serviceHttpApi(service: ServiceName, module: Pick<CaseModule, 'routes' | 'withheldRoutes'>): ServiceHttpApi {
  const tags = [...new Set(module.routes.flatMap((r) => r.tags ?? []))].map((name) => ({ name, description: TAG_TEXT[name as keyof typeof TAG_TEXT] ?? name }));
  return {
    routes: module.routes,
    withheld: module.withheldRoutes,
    openapi: {
      title: `Secondment Exchange: ${service}`,
      version: API_VERSION,
      description:
        `The ${service} service of the Secondment Exchange (Government Resolution No. 755). It acts for its agencies in these roles — ${rolesText(service)} — ` +
        'and serves only the operations those roles take; the others answer 404 ROUTE.NOT_SERVED. Messages: /asyncapi.json.',
      servers: [{ url: `http://127.0.0.1:${DEFAULT_PORTS[service]}`, description: 'Local (npm start); in a deployment, the agency-facing address of this service' }],
      tags,
    },
    asyncapi: () => asyncApiDocument(service, API_VERSION),
  };
}
