import { z } from 'zod';
import { CaseIdSchema } from '@sx/contracts';

// Path and query parameters are parsed here, at the edge, with the same schema the store applies:
// a `$where` or `%00` is a 400 before any query, never a ZodError thrown from the repository.
export const CaseIdParamsSchema = z.object({ caseId: CaseIdSchema.describe('The case id, the same at every party (as POST /cases returned it).') }).strict();
/** A list cursor is the last case id of the previous page. */
export const CursorSchema = CaseIdSchema;
export const TAGS = { cases: ['Cases'], steps: ['Procedure steps'], reference: ['Reference'] } as const;
