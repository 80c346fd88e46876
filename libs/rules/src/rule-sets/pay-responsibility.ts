import { cite, type RuleSet } from '../common/citation';
import { text } from '../common/localized-text';
import { RuleError } from '../common/rule-violation';
import { isStateBody } from '../organizations/organization-kind';
import type { OrganizationKind } from '../organizations/organization.schema';
import { PAY_CODES } from '../pay/pay-codes';
import type { PayResponsibility, TreatyOverride } from '../pay/pay.types';
import { r1p06StateBody } from '../r1/p06-pay';
import { r1p07Organization } from '../r1/p07-pay';
import { r2p06CivilServant } from '../r2/p06-pay';
import { r2p07NationalBank } from '../r2/p07-pay';
import { r3p06StateBody } from '../r3/p06-pay';
import { r3p07Organization } from '../r3/p07-pay';

export interface PayOptions {
  readonly nationalBankEmployee: boolean;
  /** Only R3 §7 (to an organization) admits one. */
  readonly treatyOverride?: TreatyOverride | null;
}

/** Who pays what during the secondment (§6–7 of each rule set). Throws `RuleError` on a misuse. */
export function payResponsibility(ruleSet: RuleSet, receiverKind: OrganizationKind, options: PayOptions): PayResponsibility {
  const treaty = options.treatyOverride ?? null;
  const toForeignInstitution = receiverKind === 'foreign-institution';
  if (toForeignInstitution !== (ruleSet === 'R2')) throw receiverNotCovered(ruleSet, receiverKind);
  if (treaty && (ruleSet !== 'R3' || isStateBody(receiverKind))) throw overrideNotAllowed(ruleSet);

  switch (ruleSet) {
    case 'R1':
      return isStateBody(receiverKind) ? r1p06StateBody : r1p07Organization;
    case 'R2':
      return options.nationalBankEmployee ? r2p07NationalBank : r2p06CivilServant;
    case 'R3':
      return isStateBody(receiverKind) ? r3p06StateBody : r3p07Organization(treaty);
  }
}

const receiverNotCovered = (ruleSet: RuleSet, receiverKind: OrganizationKind): RuleError =>
  new RuleError([
    {
      code: PAY_CODES.RECEIVER_NOT_COVERED,
      cite: cite(ruleSet, '6'),
      text: text(
        `Қабылдаушы түрі (${receiverKind}) осы қағидалармен қамтылмайды`,
        `Вид принимающей стороны (${receiverKind}) не охватывается данными правилами`,
        `The receiver kind (${receiverKind}) is outside ${ruleSet}`,
      ),
      details: { ruleSet, receiverKind },
    },
  ]);

const overrideNotAllowed = (ruleSet: RuleSet): RuleError =>
  new RuleError([
    {
      code: PAY_CODES.OVERRIDE_NOT_ALLOWED,
      cite: 'R3 §7',
      text: text(
        'Халықаралық шарт бойынша өзгеше тәртіп тек ұйымдарға іссапарға барғанда ғана қолданылады (R3 §7)',
        'Иной порядок по международному договору допускается только при прикомандировании в организации (R3 §7)',
        'A treaty may set other pay only for secondment to an organization under R3 §7',
      ),
      details: { ruleSet },
    },
  ]);
