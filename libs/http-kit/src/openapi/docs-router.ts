import { Router } from 'express';
import swaggerUi from 'swagger-ui-express';
import { docsHeaders } from '../app/response-headers';
import type { OpenApiDocument } from './openapi-document';

/** `/openapi.json` (and `/asyncapi.json`, when given) for machines, `/docs` for the agencies' integrators. */
export function docsRouter(document: OpenApiDocument, asyncapi?: object): Router {
  const router = Router();
  router.get('/openapi.json', docsHeaders, (_req, res) => {
    res.json(document);
  });
  if (asyncapi) {
    router.get('/asyncapi.json', docsHeaders, (_req, res) => {
      res.json(asyncapi);
    });
  }
  router.use('/docs', docsHeaders, swaggerUi.serve, swaggerUi.setup(document));
  return router;
}
