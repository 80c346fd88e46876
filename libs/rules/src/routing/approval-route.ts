import { z } from 'zod';
import type { Cite } from '../common/citation';
import type { LocalizedText } from '../common/localized-text';
import { text } from '../common/localized-text';
import type { Checked, RuleViolation } from '../common/rule-violation';
import type { OrganizationKind } from '../organizations';

/**
 * Whose agreement the secondment needs besides the parties'. `president` is R2's "the President, or
 * by his authority the Head of the Presidential Administration" (R2 §10, §17): the letter goes to
 * the Presidential Administration either way (R2 §16). `not-required` is R2 §16's exception or a
 * ratified treaty under R3 §11.
 */
export const APPROVING_AUTHORITIES = ['presidential-administration', 'prime-minister', 'president', 'not-required'] as const;
export const ApprovingAuthoritySchema = z.enum(APPROVING_AUTHORITIES);
export type ApprovingAuthority = z.infer<typeof ApprovingAuthoritySchema>;

export interface ApprovalRoute {
  readonly authority: ApprovingAuthority;
  readonly cite: Cite;
  readonly text: LocalizedText;
}

/** What routing may need to know besides the receiver's kind (R2 §16 part 2). */
export interface RoutingFacts {
  /** The candidate is a civil servant of the Presidential Administration itself. */
  readonly candidateIsPresidentialAdministrationServant?: boolean;
  /** The MFA has agreed to the proposal (R2 §14). */
  readonly mfaAgreed?: boolean;
}

/** A rule set's routing paragraph (R1 §11, R2 §16–17, R3 §11): the steps are given it, so they know no paragraph. */
export type ApprovalRouter = (receiver: OrganizationKind, facts: RoutingFacts) => Checked<ApprovalRoute>;

export const AUTHORITY_NAMES: Readonly<Record<ApprovingAuthority, LocalizedText>> = {
  'presidential-administration': text(
    'Қазақстан Республикасы Президенті Әкімшілігінің Басшысы',
    'Руководитель Администрации Президента Республики Казахстан',
    'Head of the Presidential Administration',
  ),
  'prime-minister': text('Қазақстан Республикасының Премьер-Министрі', 'Премьер-Министр Республики Казахстан', 'Prime Minister'),
  president: text(
    'Қазақстан Республикасының Президенті немесе оның уәкілеттік беруімен Президент Әкімшілігінің Басшысы',
    'Президент Республики Казахстан или по его уполномочию Руководитель Администрации Президента',
    'the President, or by his authority the Head of the Presidential Administration',
  ),
  'not-required': text('Келісу талап етілмейді', 'Согласование не требуется', 'No approval required'),
};

export const route = (authority: ApprovingAuthority, cite: Cite): ApprovalRoute => ({
  authority,
  cite,
  text: AUTHORITY_NAMES[authority],
});

export const receiverNotCovered = (cite: Cite, receiver: string): RuleViolation => ({
  code: 'ROUTING.RECEIVER_NOT_COVERED',
  cite,
  text: text(
    'Қабылдаушы ұйымның бұл түрі осы Қағидалармен қамтылмаған',
    'Данный вид принимающей организации не охватывается настоящими Правилами',
    'This kind of receiving organization is not covered by these rules',
  ),
  details: { receiver },
});
