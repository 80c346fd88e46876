import { z } from 'zod';

/**
 * The response schema of a route that answers bytes (a document's file): the handler sets
 * Content-Type, Content-Disposition and ETag in `headers`; OpenAPI shows a binary body.
 */
export const binaryBody = z.instanceof(Buffer);
