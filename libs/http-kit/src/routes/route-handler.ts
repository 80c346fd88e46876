import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import type { z } from 'zod';
import { chooseLanguage } from '../i18n/accept-language';
import { invalidRequest, parsePart, strict, type RequestIssue } from './request-validation';
import type { AnyReply, HandlerContext, Route } from './route-definition';

interface StrictSchemas {
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
}

const strictSchemas = (route: Route): StrictSchemas => ({
  ...(route.request?.params ? { params: strict(route.request.params) } : {}),
  ...(route.request?.query ? { query: strict(route.request.query) } : {}),
  ...(route.request?.body ? { body: strict(route.request.body) } : {}),
});

function send(res: Response, route: Route, reply: AnyReply): void {
  const schema = route.responses[reply.status];
  if (schema === undefined) throw new Error(`${route.method} ${route.path}: undeclared status ${reply.status}`);
  if (reply.headers) res.set(reply.headers);
  res.status(reply.status);
  // Parsing the outgoing body strips fields the contract does not name (a stray `_id`, an inbox).
  if (schema === null) res.end();
  else res.json(schema.parse(reply.body));
}

/** Validates params, query and body — all three, reporting every issue — then runs the handler. */
export function routeHandler(route: Route, fallbackLogger: Logger): RequestHandler {
  const schemas = strictSchemas(route);
  return async (req: Request, res: Response) => {
    const issues: RequestIssue[] = [];
    const params = parsePart('params', schemas.params, req.params, issues);
    const query = parsePart('query', schemas.query, req.query, issues);
    const body = parsePart('body', schemas.body, req.body, issues);
    if (issues.length > 0) throw invalidRequest(issues);
    const ctx: HandlerContext<object, boolean> = {
      params,
      query,
      body,
      agency: req.agency,
      language: chooseLanguage(req.get('accept-language')),
      log: req.log ?? fallbackLogger,
      req,
      res,
    } as HandlerContext<object, boolean>;
    send(res, route, await route.handler(ctx));
  };
}
