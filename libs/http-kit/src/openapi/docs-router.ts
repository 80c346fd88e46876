import { Router, type RequestHandler } from 'express';
import helmet from 'helmet';
import swaggerUi from 'swagger-ui-express';
import type { OpenApiDocument } from './openapi-document';

/** Swagger UI runs its own scripts and styles: a looser policy than the JSON API's, for these routes only. */
const docsHeaders: RequestHandler = helmet({
  contentSecurityPolicy: {
    directives: { defaultSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'], frameAncestors: ["'none'"] },
  },
});

/**
 * `/openapi.json` (and `/asyncapi.json`, when given) for machines, `/docs` for the agencies'
 * integrators. The documents are built on their first request, not at start-up (they cost a tenth
 * of a service's start).
 */
export function docsRouter(document: () => OpenApiDocument, asyncapi?: () => object): Router {
  const router = Router();
  router.get('/openapi.json', docsHeaders, (_req, res) => {
    res.json(document());
  });
  if (asyncapi) {
    router.get('/asyncapi.json', docsHeaders, (_req, res) => {
      res.json(asyncapi());
    });
  }
  let page: RequestHandler | undefined;
  const docsPage: RequestHandler = (req, res, next) => (page ??= swaggerUi.setup(document()))(req, res, next);
  router.use('/docs', docsHeaders, swaggerUi.serve, docsPage);
  return router;
}
