import { z } from 'zod';
import type { Cite } from '../common/citation';
import type { LocalizedText } from '../common/localized-text';

export const PayerSchema = z.enum(['receiver', 'mfa', 'sending-body', 'national-bank']);
export type Payer = z.infer<typeof PayerSchema>;

export interface PayLine {
  readonly payer: Payer;
  readonly cite: Cite;
  readonly text: LocalizedText;
}

/** `payer: null` when the paragraph leaves nothing to pay apart from the new position's salary. */
export interface FormerPositionPayments {
  readonly payer: Payer | null;
  readonly cite: Cite;
  readonly text: LocalizedText;
}

/**
 * R3 §7: "unless a treaty ratified by the RK provides otherwise". Such an override is never
 * silent: the treaty and its article are recorded with the result.
 */
export const TreatyOverrideSchema = z.object({
  treaty: z.string().trim().min(1),
  article: z.string().trim().min(1),
  payer: PayerSchema,
});
export type TreatyOverride = z.infer<typeof TreatyOverrideSchema>;

export interface PayResponsibility {
  readonly newPositionSalary: PayLine;
  readonly formerPositionPayments: FormerPositionPayments;
  /** How the amounts are computed (tenge, last official salary), where the paragraph says so. */
  readonly currencyNote: LocalizedText | null;
  readonly legalBasis: TreatyOverride | null;
}
