import express, { type Express, type RequestHandler } from 'express';
import type { Logger } from 'pino';
import { agencyAuth } from '../auth/agency-auth';
import type { Agency } from '../auth/agency';
import type { AgencyKeys } from '../auth/agency-keys';
import type { TokenVerifier } from '../auth/token-auth';
import type { KeysServedElsewhere } from '../auth/wrong-service';
import { ApiError } from '../errors/api-error';
import { errorMiddleware, notFoundMiddleware } from '../errors/error-middleware';
import { apiErrorText } from '../errors/messages';
import { DEFAULT_JSON_SHAPE, JsonShapeError, jsonShapeExceeded, type JsonShapeLimits } from '../limits/json-shape';
import { authFailureLimiter } from '../limits/auth-failures';
import { agencyBudgets, concurrencyCap, DEFAULT_RATE_LIMITS, type RateLimits } from '../limits/rate-limits';
import type { IdempotencyOptions } from '../idempotency/idempotent-reply';
import { docsRouter } from '../openapi/docs-router';
import { openApiDocument, type OpenApiDocument, type OpenApiInfo } from '../openapi/openapi-document';
import type { Route } from '../routes/route-definition';
import { routeHandler } from '../routes/route-handler';
import { probesRouter, type ReadinessCheck } from './readiness';
import { requestLogging } from './request-logging';
import { apiHeaders, noStoreAndTraceId } from './response-headers';
import { traceparentHeader } from './traceparent-header';

export interface HttpAppOptions {
  readonly service: string;
  readonly logger: Logger;
  readonly auth: {
    readonly keys: AgencyKeys;
    /** Genuine keys of agencies served by other services: 403 AUTH.WRONG_SERVICE instead of 401. */
    readonly elsewhere?: KeysServedElsewhere;
    /** TESTS ONLY: see `AgencyAuthOptions.unverifiedAs`. */
    readonly unverifiedAs?: Agency;
    /** Officials' OIDC access tokens; see `AgencyAuthOptions.tokens`. */
    readonly tokens?: TokenVerifier;
  };
  readonly readiness?: readonly ReadinessCheck[];
  readonly routes: readonly Route[];
  /**
   * Operations other services serve but this one does not (its roles never take them): neither
   * documented nor run. The caller is still authenticated first (401, 403 AUTH.WRONG_SERVICE), then 404 ROUTE.NOT_SERVED.
   */
  readonly withheld?: readonly Route[];
  /** The AsyncAPI document of the messages this service sends and receives, served at /asyncapi.json. */
  readonly asyncapi?: () => object;
  /** Title defaults to the service name. */
  readonly openapi?: Partial<OpenApiInfo>;
  /** Routers outside the API (no OpenAPI, own auth), e.g. the console's static assets; mounted before the 404. */
  readonly mount?: readonly RequestHandler[];
  /** Default 256 kB: a secondment case is a few kB; files come as raw bodies with their own limit. */
  readonly bodyLimit?: string;
  readonly jsonShape?: JsonShapeLimits;
  readonly rateLimits?: RateLimits;
  /**
   * The proxies (addresses or CIDRs, e.g. the ingress) whose `X-Forwarded-For` names the client
   * (SX_TRUSTED_PROXIES). Empty: the socket's address is the client's.
   */
  readonly trustedProxies?: readonly string[];
  /** Where `Idempotency-Key` claims are kept; without it, POST/PUT/PATCH ignore the header. */
  readonly idempotency?: IdempotencyOptions;
}

export interface HttpApp {
  readonly app: Express;
  readonly openapi: OpenApiDocument;
}

function chainFor(route: Route, authenticate: RequestHandler[], logger: Logger, idempotency: IdempotencyOptions | undefined): RequestHandler[] {
  const chain: RequestHandler[] = [];
  if (route.auth) chain.push(...authenticate);
  chain.push(routeHandler(route, logger, idempotency));
  return chain;
}

const notServed: RequestHandler = (_req, _res, next) => next(new ApiError(404, 'ROUTE.NOT_SERVED', apiErrorText('ROUTE.NOT_SERVED')));

function jsonBody(limit: string, shape: JsonShapeLimits): RequestHandler {
  return express.json({
    limit,
    strict: true,
    // Runs on the raw bytes before JSON.parse: a body too deep or too wide never becomes an object.
    verify: (_req, _res, raw) => {
      const exceeded = jsonShapeExceeded(raw, shape);
      if (exceeded) throw new JsonShapeError(exceeded, shape);
    },
  });
}

export function createHttpApp(options: HttpAppOptions): HttpApp {
  const { logger, routes } = options;
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag'); // the only ETag we send is a document's SHA-256
  app.set('trust proxy', options.trustedProxies?.length ? [...options.trustedProxies] : false);
  let built: OpenApiDocument | undefined;
  const document = (): OpenApiDocument => (built ??= openApiDocument({ title: options.service, version: '1.0.0', ...options.openapi }, routes));
  const limits = options.rateLimits ?? DEFAULT_RATE_LIMITS;

  // Probes first: nothing in front of /health may slow it down or refuse it.
  app.use(probesRouter(options.readiness ?? []));
  app.use(requestLogging(logger));
  app.use(traceparentHeader);
  app.use(docsRouter(document, options.asyncapi));
  app.use(apiHeaders, noStoreAndTraceId);
  app.use(jsonBody(options.bodyLimit ?? '256kb', options.jsonShape ?? DEFAULT_JSON_SHAPE));

  const authenticate = [
    agencyAuth({ ...options.auth, service: options.service, failures: authFailureLimiter(limits), logger }),
    agencyBudgets(limits),
    concurrencyCap(limits.concurrent),
  ];
  for (const route of routes) app[route.method](route.path, ...chainFor(route, authenticate, logger, options.idempotency));
  for (const route of options.withheld ?? []) app[route.method](route.path, ...(route.auth ? authenticate : []), notServed);
  for (const handler of options.mount ?? []) app.use(handler);

  app.use(notFoundMiddleware);
  app.use(errorMiddleware(logger));
  return {
    app,
    get openapi() {
      return document();
    },
  };
}
