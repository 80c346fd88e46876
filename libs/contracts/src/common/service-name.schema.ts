import { z } from 'zod';

/** The five deployable services; a message's routing key starts with the receiving service's name. */
export const SERVICE_NAMES = ['sending-body', 'receiving-body', 'foreign-affairs', 'presidential-administration', 'prime-minister'] as const;
export const ServiceNameSchema = z.enum(SERVICE_NAMES);
export type ServiceName = z.infer<typeof ServiceNameSchema>;

/**
 * An agency id: one of the central agencies ('mfa', 'presidential-administration', 'prime-minister')
 * or a state body / organization id such as 'ministry-of-finance'. Kebab-case keeps ids safe as
 * MongoDB keys and AMQP header values.
 */
export const AgencyIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case agency id')
  .max(100);
export type AgencyId = z.infer<typeof AgencyIdSchema>;

/** Case ids become MongoDB `_id`s and map keys: no dots, no `$`. */
export const CaseIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_:-]{0,127}$/, 'expected a case id of letters, digits, _ : -');
export type CaseId = z.infer<typeof CaseIdSchema>;
