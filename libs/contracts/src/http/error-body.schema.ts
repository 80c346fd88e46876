import { z } from 'zod';
import { LocalizedTextSchema } from '../common/common.schema';

/** Stable dotted codes such as `CASE.CONCURRENT_STEP` or `ELIGIBILITY.NOT_MET`. */
export const ErrorCodeSchema = z.string().regex(/^[A-Z][A-Z0-9_]*(\.[A-Z0-9_]+)*$/, 'expected a code like CASE.NOT_FOUND');

/** One condition that failed, with the paragraph that sets it. */
export const ViolationSchema = z.object({
  code: z.string().describe('Machine-readable code of the failed condition.'),
  cite: z.string().describe('The paragraph that sets it, e.g. `R3 §10(1)`.'),
  text: LocalizedTextSchema.describe('The condition in kk, ru and en.'),
  details: z.record(z.string(), z.unknown()).optional().describe('The facts it was checked against.'),
});

/**
 * The one error shape every endpoint of every service returns. `message` is `text` in the language
 * the caller asked for, so a simple client can show it without picking.
 */
export const ErrorBodySchema = z
  .object({
    error: z
      .object({
        code: ErrorCodeSchema.meta({ example: 'AUTH.UNAUTHENTICATED', description: 'Stable machine-readable code, e.g. `CASE.NOT_FOUND`.' }),
        message: z.string().describe('`text` in the language Accept-Language asked for.'),
        cite: z.string().optional().describe('The paragraph of the rule that refused, when one did.'),
        text: LocalizedTextSchema.describe('The explanation in kk, ru and en.'),
        violations: z.array(ViolationSchema).optional().describe('Every violated condition, each with its citation (422).'),
        details: z.unknown().optional().describe('More about the refusal, e.g. the invalid fields of a 400.'),
      })
      .describe('What was refused and why.'),
  })
  .meta({ id: 'ErrorBody' });
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
