import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { z } from 'zod';
import { chooseLanguage } from '../i18n/accept-language';
import { binaryBody } from './binary-body';
import { isRawUpload, readRawBody, type RawBody } from './raw-body';
import { invalidRequest, parsePart, strict, type RequestIssue } from './request-validation';
import type { AnyReply, HandlerContext, Route } from './route-definition';

interface StrictSchemas {
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
}

// A route that declares no query takes none: a stray parameter is a mistake or a probe (400), never ignored.
const NO_QUERY = z.object({}).strict();

const strictSchemas = (route: Route): StrictSchemas => ({
  ...(route.request?.params ? { params: strict(route.request.params) } : {}),
  query: route.request?.query ? strict(route.request.query) : NO_QUERY,
  ...(route.request?.body ? { body: strict(route.request.body) } : {}),
});

function send(res: Response, route: Route, reply: AnyReply): void {
  const schema = route.responses[reply.status];
  if (schema === undefined) throw new Error(`${route.method} ${route.path}: undeclared status ${reply.status}`);
  if (reply.headers) res.set(reply.headers);
  res.status(reply.status);
  // Parsing the outgoing body strips fields the contract does not name (a stray `_id`, an inbox).
  if (schema === null) res.end();
  else if (schema === binaryBody) res.end(binaryBody.parse(reply.body));
  else res.json(schema.parse(reply.body));
}

/** Validates params, query and body — all three, reporting every issue — then runs the handler. */
export function routeHandler(route: Route, fallbackLogger: Logger): RequestHandler {
  const schemas = strictSchemas(route);
  return async (req: Request, res: Response) => {
    const issues: RequestIssue[] = [];
    const language = chooseLanguage(req.get('accept-language'));
    const rawOptions = route.request?.raw;
    const rawUpload = rawOptions !== undefined && isRawUpload(req);
    const params = parsePart('params', schemas.params, req.params, issues, language);
    const query = parsePart('query', schemas.query, req.query, issues, language);
    const body = rawUpload ? undefined : parsePart('body', schemas.body, req.body, issues, language);
    if (issues.length > 0) throw invalidRequest(issues);
    // Read only once the request is known to be valid, so a bad request costs no upload.
    const raw: RawBody | undefined = rawUpload ? await readRawBody(req, rawOptions) : undefined;
    const ctx: HandlerContext<object, boolean> = {
      params,
      query,
      body,
      raw,
      agency: req.agency,
      language,
      log: req.log ?? fallbackLogger,
      req,
      res,
    } as HandlerContext<object, boolean>;
    send(res, route, await route.handler(ctx));
  };
}
