import { join } from 'node:path';
import { apiDocuments } from '@sx/case-exchange';
import { CLIENT_TYPES, clientTypes, UNION_DOCUMENT } from './client-types';

/** libs/client: where the contract files live (the documents committed, the types derived from them). The generator sits outside it: it reads the services' route definitions, and the client depends on no service. */
export const CLIENT_ROOT = join(__dirname, '..', '..', 'libs', 'client');

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Each service's OpenAPI (and all five together) and AsyncAPI document: `openapi/<name>.openapi.json`, `asyncapi/<service>.asyncapi.json`. */
function documentFiles(): Map<string, string> {
  const docs = apiDocuments();
  const files = new Map<string, string>();
  for (const [service, doc] of Object.entries(docs.openapi)) files.set(`openapi/${service}.openapi.json`, json(doc));
  files.set(UNION_DOCUMENT, json(docs.exchange));
  for (const [service, doc] of Object.entries(docs.asyncapi)) files.set(`asyncapi/${service}.asyncapi.json`, json(doc));
  return files;
}

/**
 * Every generated file of the client, by its path under libs/client: the documents, and the types
 * openapi-typescript derives from the five services' union (each service serves a subset of it).
 */
export async function contractFiles(): Promise<Map<string, string>> {
  const files = documentFiles();
  const exchange = files.get(UNION_DOCUMENT);
  if (!exchange) throw new Error('the union document was not generated');
  files.set(CLIENT_TYPES, await clientTypes(exchange));
  return files;
}
