import { z } from 'zod';

export const CaseIdParamsSchema = z.object({ caseId: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_:-]{0,127}$/) }).strict();
export const TAGS = { cases: ['Cases'], steps: ['Procedure steps'], reference: ['Reference'] } as const;
