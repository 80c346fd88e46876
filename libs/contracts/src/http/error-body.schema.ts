import { z } from 'zod';
import { LocalizedTextSchema } from '../common/common.schema';

/** Stable dotted codes such as `CASE.CONCURRENT_UPDATE` or `ELIGIBILITY.NOT_MET`. */
export const ErrorCodeSchema = z.string().regex(/^[A-Z][A-Z0-9_]*(\.[A-Z0-9_]+)*$/, 'expected a code like CASE.NOT_FOUND');

/** The body of every non-2xx HTTP response of every service. */
export const ErrorBodySchema = z.object({
  error: z.object({
    code: ErrorCodeSchema,
    message: z.string(),
    /** The paragraph of the law behind a refusal, e.g. `R3 §10(4)`. */
    cite: z.string().optional(),
    text: LocalizedTextSchema.optional(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
