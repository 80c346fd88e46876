import { createConnection } from 'mongoose';
import { SERVICE_NAMES, type ServiceName } from '@sx/contracts';
import { openApiDocument, type OpenApiDocument } from '@sx/http-kit';
import type { AsyncApiDocument } from '@sx/messaging';
import { createLogger } from '@sx/observability';
import { createCaseModule } from './create-case-module';
import { loadServiceConfig } from './runtime/service-config';
import { API_VERSION, serviceHttpApi } from './api-surface/service-api';

export interface ApiDocuments {
  readonly openapi: Readonly<Record<ServiceName, OpenApiDocument>>;
  readonly asyncapi: Readonly<Record<ServiceName, AsyncApiDocument>>;
  /** Every operation of every service in one document: what the typed client is generated from. */
  readonly exchange: OpenApiDocument;
}

/**
 * The documents each service serves, built the way `startService` builds them, without a database
 * or a broker (the module's stores are only constructed, never used).
 */
export function apiDocuments(): ApiDocuments {
  const apis = SERVICE_NAMES.map((service) => {
    const config = loadServiceConfig(service, { SX_DEV_KEYS: '1' });
    const module = createCaseModule({
      service, connection: createConnection(), agencies: config.agencies, keys: config.keyRing, logger: createLogger({ service, level: 'silent' }),
      clock: () => new Date(), maxFileBytes: config.maxFileBytes, jaegerQueryUrl: config.jaegerQueryUrl,
    });
    return { service, api: serviceHttpApi(service, module) };
  });
  const byOperation = new Map(apis.flatMap(({ api }) => [...api.routes, ...api.withheld].map((r) => [r.operationId, r] as const)));
  const exchange = openApiDocument(
    {
      title: 'Secondment Exchange: every service',
      version: API_VERSION,
      description: 'The union of the five services’ operations; each service serves those of its roles (see its own /openapi.json).',
      servers: apis.map(({ api }) => api.openapi.servers?.[0]).filter((s) => s !== undefined),
      tags: apis.flatMap(({ api }) => api.openapi.tags ?? []).filter((t, i, all) => all.findIndex((x) => x.name === t.name) === i),
    },
    [...byOperation.values()],
  );
  return {
    openapi: Object.fromEntries(apis.map(({ service, api }) => [service, openApiDocument(api.openapi, api.routes)])) as Record<ServiceName, OpenApiDocument>,
    asyncapi: Object.fromEntries(apis.map(({ service, api }) => [service, api.asyncapi()])) as Record<ServiceName, AsyncApiDocument>,
    exchange,
  };
}
