import { z } from 'zod';

// The one error shape every endpoint of every service returns. `message` is `text` in the
// language the caller asked for, so a simple client can show it without picking.
export const localizedTextSchema = z.object({ kk: z.string(), ru: z.string(), en: z.string() });

export const violationSchema = z.object({
  code: z.string(),
  cite: z.string(),
  text: localizedTextSchema,
  details: z.record(z.string(), z.unknown()).optional(),
});

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string().meta({ example: 'AUTH.UNAUTHENTICATED' }),
      message: z.string(),
      cite: z.string().optional(),
      text: localizedTextSchema,
      violations: z.array(violationSchema).optional(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'ErrorBody' });

export type ErrorBody = z.infer<typeof errorBodySchema>;
