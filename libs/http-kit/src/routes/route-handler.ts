import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { z } from 'zod';
import { chooseLanguage } from '../i18n/accept-language';
import { idempotently, sendReplay, takesIdempotencyKey, type IdempotencyOptions } from '../idempotency/idempotent-reply';
import { binaryBody } from './binary-body';
import { isRawUpload, readRawBody, type RawBody } from './raw-body';
import { invalidRequest, type RequestIssue } from '../errors/invalid-request';
import { parsePart, strict } from './request-validation';
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

/** The reply as it goes out: its status checked against the contract, its body parsed by it. */
function outgoing(route: Route, reply: AnyReply): { status: number; headers: Readonly<Record<string, string>>; body?: unknown; binary?: Buffer } {
  const schema = route.responses[reply.status];
  if (schema === undefined) throw new Error(`${route.method} ${route.path}: undeclared status ${reply.status}`);
  const headers = reply.headers ?? {};
  // Parsing the outgoing body strips fields the contract does not name (a stray `_id`, an inbox).
  if (schema === null) return { status: reply.status, headers };
  if (schema === binaryBody) return { status: reply.status, headers, binary: binaryBody.parse(reply.body) };
  return { status: reply.status, headers, body: schema.parse(reply.body) };
}

function send(res: Response, out: ReturnType<typeof outgoing>): void {
  res.set(out.headers).status(out.status);
  if (out.binary) res.end(out.binary);
  else if (out.body === undefined) res.end();
  else res.json(out.body);
}

/** The headers a schema names, read case-insensitively (absent ones left out). */
const headersNamedIn = (schema: z.ZodObject, req: Request): Record<string, string> =>
  Object.fromEntries(Object.keys(schema.shape).flatMap((name) => {
    const value = req.get(name);
    return value === undefined ? [] : [[name, value]];
  }));

/** Validates params, query and body — all three, reporting every issue — then runs the handler. */
export function routeHandler(route: Route, fallbackLogger: Logger, idempotency?: IdempotencyOptions): RequestHandler {
  const schemas = strictSchemas(route);
  const keyed = idempotency && takesIdempotencyKey(route) ? idempotency : undefined;
  return async (req: Request, res: Response) => {
    const issues: RequestIssue[] = [];
    const language = chooseLanguage(req.get('accept-language'));
    const rawOptions = route.request?.raw;
    const rawUpload = rawOptions !== undefined && isRawUpload(req);
    const params = parsePart('params', schemas.params, req.params, issues, language);
    const query = parsePart('query', schemas.query, req.query, issues, language);
    const headers = route.request?.headers ? parsePart('headers', route.request.headers, headersNamedIn(route.request.headers, req), issues, language) : undefined;
    const body = rawUpload ? undefined : parsePart('body', schemas.body, req.body, issues, language);
    if (issues.length > 0) throw invalidRequest(issues);
    // Read only once the request is known to be valid, so a bad request costs no upload.
    const raw: RawBody | undefined = rawUpload ? await readRawBody(req, rawOptions) : undefined;
    const ctx: HandlerContext<object, boolean> = {
      params,
      query,
      headers,
      body,
      raw,
      agency: req.agency,
      actor: req.actor,
      language,
      log: req.log ?? fallbackLogger,
      req,
      res,
    } as HandlerContext<object, boolean>;
    if (!keyed) return send(res, outgoing(route, await route.handler(ctx)));
    let binary: ReturnType<typeof outgoing> | undefined;
    const { replayed, response } = await idempotently(keyed, req, language, raw ? { rawSha256: raw.sha256 } : { json: req.body as unknown }, async () => {
      const out = outgoing(route, await route.handler(ctx));
      if (out.binary) binary = out; // kept without its bytes: no changing route answers a file
      return { status: out.status, headers: out.headers, ...(out.body !== undefined ? { body: out.body } : {}) };
    });
    if (replayed) sendReplay(res, response);
    else send(res, binary ?? response);
  };
}
