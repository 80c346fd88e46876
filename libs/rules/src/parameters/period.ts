import { z } from 'zod';

/** A length of time as the law states it; how it is counted is `deadlines/due-date.ts`. */
export const PeriodUnitSchema = z.enum(['working-days', 'calendar-days', 'months', 'years']);
export type PeriodUnit = z.infer<typeof PeriodUnitSchema>;

export const PeriodSchema = z.object({
  amount: z.number().int().positive(),
  unit: PeriodUnitSchema,
});
export type Period = z.infer<typeof PeriodSchema>;

export const workingDays = (amount: number): Period => ({ amount, unit: 'working-days' });
export const months = (amount: number): Period => ({ amount, unit: 'months' });
export const years = (amount: number): Period => ({ amount, unit: 'years' });
