// The client's TypeScript types, derived from the committed union document by openapi-typescript.
// They are a build output, not a committed file: `npm install` (postinstall) and the start and test
// scripts write them, `npm run contracts:generate` rewrites them with the documents.
//   npm run contracts:types    writes libs/client/src/generated/exchange-api.ts from openapi/exchange.openapi.json
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';

const CLIENT = join(__dirname, '..', '..', 'libs', 'client');
export const UNION_DOCUMENT = 'openapi/exchange.openapi.json';
export const CLIENT_TYPES = 'src/generated/exchange-api.ts';

/** The types of the five services' union document (each service serves a subset of it). */
export async function clientTypes(unionDocument: string): Promise<string> {
  const ast = await openapiTS(JSON.parse(unionDocument) as Parameters<typeof openapiTS>[0], { alphabetize: true });
  return `${COMMENT_HEADER}// Generated from ${UNION_DOCUMENT} (npm run contracts:types); not committed.\n\n${astToString(ast)}`;
}

async function main(): Promise<void> {
  const source = join(CLIENT, UNION_DOCUMENT);
  // The Docker image installs its packages before it copies the sources: nothing to derive yet.
  if (!existsSync(source)) return console.log(`client types: ${source} is not there yet; skipped`);
  const target = join(CLIENT, CLIENT_TYPES);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, await clientTypes(readFileSync(source, 'utf8')), 'utf8');
  console.log(`client types: wrote ${target}`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
