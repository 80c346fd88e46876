import { z } from 'zod';

// The one error shape every endpoint of every service returns. `message` is `text` in the
// language the caller asked for, so a simple client can show it without picking.
export const localizedTextSchema = z.object({ kk: z.string().describe('In Kazakh (the official text).'), ru: z.string().describe('In Russian.'), en: z.string().describe('In English.') });

export const violationSchema = z.object({
  code: z.string().describe('Machine-readable code of the failed condition.'),
  cite: z.string().describe('The paragraph that sets it, e.g. `R3 §10(1)`.'),
  text: localizedTextSchema.describe('The condition in kk, ru and en.'),
  details: z.record(z.string(), z.unknown()).optional().describe('The facts it was checked against.'),
});

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string().meta({ example: 'AUTH.UNAUTHENTICATED', description: 'Stable machine-readable code, e.g. `CASE.NOT_FOUND`.' }),
      message: z.string().describe('`text` in the language Accept-Language asked for.'),
      cite: z.string().optional().describe('The paragraph of the rule that refused, when one did.'),
      text: localizedTextSchema.describe('The explanation in kk, ru and en.'),
      violations: z.array(violationSchema).optional().describe('Every violated condition, each with its citation (422).'),
      details: z.unknown().optional().describe('More about the refusal, e.g. the invalid fields of a 400.'),
    }).describe('What was refused and why.'),
  })
  .meta({ id: 'ErrorBody' });

export type ErrorBody = z.infer<typeof errorBodySchema>;
