import express, { type Express, type RequestHandler } from 'express';
import type { Logger } from 'pino';
import { agencyAuth } from '../auth/agency-auth';
import type { AgencyKeys } from '../auth/agency-keys';
import { requireAgency } from '../auth/require-agency';
import { errorMiddleware, notFoundMiddleware } from '../errors/error-middleware';
import { docsRouter } from '../openapi/docs-router';
import { openApiDocument, type OpenApiDocument, type OpenApiInfo } from '../openapi/openapi-document';
import type { Route } from '../routes/route-definition';
import { routeHandler } from '../routes/route-handler';
import { probesRouter, type ReadinessCheck } from './readiness';
import { requestLogging } from './request-logging';
import { traceparentHeader } from './traceparent-header';

export interface HttpAppOptions {
  readonly service: string;
  readonly logger: Logger;
  readonly auth: { readonly keys: AgencyKeys };
  readonly readiness?: readonly ReadinessCheck[];
  readonly routes: readonly Route[];
  /** Title defaults to the service name. */
  readonly openapi?: Partial<OpenApiInfo>;
  /** Routers outside the API (no OpenAPI, own auth), e.g. the console's static assets; mounted before the 404. */
  readonly mount?: readonly RequestHandler[];
  /** Default 256 kB: a secondment case is a few kB; anything larger is a mistake or an attack. */
  readonly bodyLimit?: string;
}

export interface HttpApp {
  readonly app: Express;
  readonly openapi: OpenApiDocument;
}

function chainFor(route: Route, authenticate: RequestHandler, logger: Logger): RequestHandler[] {
  const chain: RequestHandler[] = [];
  if (route.auth) chain.push(authenticate);
  if (route.auth && route.allow?.length) chain.push(requireAgency(...route.allow));
  chain.push(routeHandler(route, logger));
  return chain;
}

export function createHttpApp(options: HttpAppOptions): HttpApp {
  const { logger, routes } = options;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  const document = openApiDocument({ title: options.service, version: '1.0.0', ...options.openapi }, routes);

  app.use(probesRouter(options.readiness ?? []));
  app.use(requestLogging(logger));
  app.use(traceparentHeader);
  app.use(express.json({ limit: options.bodyLimit ?? '256kb', strict: true }));
  app.use(docsRouter(document));

  const authenticate = agencyAuth({ keys: options.auth.keys, logger });
  for (const route of routes) app[route.method](route.path, ...chainFor(route, authenticate, logger));
  for (const handler of options.mount ?? []) app.use(handler);

  app.use(notFoundMiddleware);
  app.use(errorMiddleware(logger));
  return { app, openapi: document };
}
