import { defineRoute, type ResponseSchemas, type Route, type RouteDefinition } from '@sx/http-kit';
import { CaseIdParamsSchema, TAGS } from './common.schemas';

type CaseParams = { readonly params: typeof CaseIdParamsSchema };

export type CaseReadDefinition<R extends ResponseSchemas> = Omit<RouteDefinition<CaseParams, R, true>, 'method' | 'path' | 'auth' | 'request'> & {
  /** The last part of the path: `GET /cases/{caseId}/<view>`. */
  readonly view: string;
};

/**
 * A read of one view of a case by a party: `GET /cases/{caseId}/<view>`, the caller's API key or
 * token, the case id checked at the edge. Each view says only what it shows and how it reads it.
 */
export function caseReadRoute<const R extends ResponseSchemas>({ view, tags = TAGS.cases, ...definition }: CaseReadDefinition<R>): Route {
  return defineRoute<CaseParams, R, true>({ ...definition, tags, method: 'get', path: `/cases/:caseId/${view}`, auth: true, request: { params: CaseIdParamsSchema } });
}
