import { Router } from 'express';
import swaggerUi from 'swagger-ui-express';
import { docsHeaders } from '../app/response-headers';
import type { OpenApiDocument } from './openapi-document';

/** `/openapi.json` for machines, `/docs` for the agencies' integrators. */
export function docsRouter(document: OpenApiDocument): Router {
  const router = Router();
  router.get('/openapi.json', docsHeaders, (_req, res) => {
    res.json(document);
  });
  router.use('/docs', docsHeaders, swaggerUi.serve, swaggerUi.setup(document));
  return router;
}
