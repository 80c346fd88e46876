import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { Actor } from '@sx/contracts';
import type { Agency } from '../auth/agency';
import type { Language } from '../i18n/localized-text';
import type { RawBody, RawBodyOptions } from './raw-body';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Params and query are flat objects of strings (use z.coerce for numbers); body is any JSON. */
export interface RequestSchemas {
  readonly params?: z.ZodObject;
  readonly query?: z.ZodObject;
  readonly body?: z.ZodType;
  /** Request headers the route reads (If-Match, Prefer …), by their canonical names; others are ignored. */
  readonly headers?: z.ZodObject;
  /** Also accept a file as the raw body (any content type but JSON), streamed up to `maxBytes`. */
  readonly raw?: RawBodyOptions;
}

/** Status → body schema; `null` for a status without a body (204, 202 without payload). */
export type ResponseSchemas = { readonly [status: number]: z.ZodType | null };

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

/** What a handler returns: one of the declared statuses with its body. */
// Mapped over plain `keyof R`: intersecting with `number` here makes TS widen a returned 200 to number.
export type Reply<R extends ResponseSchemas> = {
  [S in keyof R]: R[S] extends z.ZodType
    ? { readonly status: S; readonly body: z.input<R[S]>; readonly headers?: Readonly<Record<string, string>> }
    : { readonly status: S; readonly headers?: Readonly<Record<string, string>> };
}[keyof R];

export interface HandlerContext<Q extends RequestSchemas, A extends boolean> {
  readonly params: Parsed<Q['params']>;
  readonly query: Parsed<Q['query']>;
  readonly headers: Parsed<Q['headers']>;
  /** Undefined when the file came as a raw body (then `raw` holds it). */
  readonly body: Parsed<Q['body']> | (Q['raw'] extends RawBodyOptions ? undefined : never);
  readonly raw: Q['raw'] extends RawBodyOptions ? RawBody | undefined : undefined;
  /** The caller; present exactly when the route is `auth: true`. */
  readonly agency: A extends true ? Agency : undefined;
  /** Who acts (an official or an agency system); present exactly when the route is `auth: true`. */
  readonly actor: A extends true ? Actor : undefined;
  readonly language: Language;
  readonly log: Logger;
  readonly req: Request;
  readonly res: Response;
}

/** What every route says of itself, typed or erased. */
interface RouteMeta {
  readonly method: HttpMethod;
  /** Express syntax (`/cases/:caseId`); OpenAPI gets `{caseId}`. */
  readonly path: string;
  readonly summary: string;
  readonly description?: string;
  /** Named after the use case (`openCase`, `takeStep`): the method name a generated client gets. */
  readonly operationId: string;
  readonly tags?: readonly string[];
  /** Headers of the success responses, for OpenAPI (e.g. ETag). */
  readonly responseHeaders?: z.ZodObject;
  /** Error statuses this route answers with the error body (documented in OpenAPI; 400/401/500 are added anyway). */
  readonly errors?: readonly number[];
}

export interface RouteDefinition<Q extends RequestSchemas, R extends ResponseSchemas, A extends boolean> extends RouteMeta {
  readonly auth: A;
  readonly request?: Q;
  /** A valid JSON body, shown in OpenAPI; required when the route takes a JSON body (checked against its schema). */
  readonly bodyExample?: Q['body'] extends z.ZodType ? z.input<Q['body']> : never;
  readonly responses: R;
  // NoInfer: R comes from `responses` only, never from what the handler happens to return.
  readonly handler: (ctx: HandlerContext<Q, A>) => Promise<NoInfer<Reply<R>>> | NoInfer<Reply<R>>;
}

/** A route with its types erased, as the app and the OpenAPI generator hold it. */
export interface Route extends RouteMeta {
  readonly auth: boolean;
  readonly request?: RequestSchemas;
  readonly bodyExample?: unknown;
  readonly responses: ResponseSchemas;
  readonly handler: (ctx: HandlerContext<RequestSchemas, boolean>) => Promise<AnyReply> | AnyReply;
}

export interface AnyReply {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Declares an endpoint once: the same object registers the express route, validates the request
 * before the handler runs, and documents itself in OpenAPI — so the docs cannot drift from the code.
 */
export function defineRoute<const Q extends RequestSchemas = object, const R extends ResponseSchemas = ResponseSchemas, const A extends boolean = boolean>(
  definition: RouteDefinition<Q, R, A>,
): Route {
  return definition as unknown as Route;
}
