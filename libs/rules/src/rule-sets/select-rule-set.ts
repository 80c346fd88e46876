import type { Cite, RuleSet } from '../common/citation';
import { text } from '../common/localized-text';
import type { Checked, RuleViolation } from '../common/rule-violation';
import type { Candidate } from '../eligibility/candidate.schema';
import { isStateBody } from '../organizations/organization-kind';
import type { Organization } from '../organizations/organization.schema';
import { checkR1Applicability } from '../r1/p02-applicability';
import { checkR2Applicability } from '../r2/p02-applicability';
import { checkR3Applicability } from '../r3/p02-applicability';
import { APPLICABILITY_CODES } from '../applicability/applicability-codes';
import type { ApplicabilityFacts } from '../applicability/applicability-facts';

export interface SecondmentParties {
  readonly sender: Organization;
  readonly receiver: Organization;
  readonly candidate: Pick<
    Candidate,
    'diplomaticServicePersonnel' | 'nationalBankEmployee' | 'militaryLawEnforcementOrSpecialPosition'
  >;
  /**
   * Whether the position to fill is a military / law-enforcement / special one. Defaults to the
   * receiver's flag; a civilian position in such a body must be declared `false` explicitly.
   */
  readonly targetPositionMilitaryLawEnforcementOrSpecial?: boolean;
}

const none = (cite: Cite, kk: string, ru: string, en: string): Checked<RuleSet> => ({
  ok: false,
  violations: [{ code: APPLICABILITY_CODES.NO_RULE_SET, cite, text: text(kk, ru, en) }],
});

const decide = (ruleSet: RuleSet, violations: readonly RuleViolation[]): Checked<RuleSet> =>
  violations.length === 0 ? { ok: true, value: ruleSet } : { ok: false, violations };

/**
 * Which rule set governs a secondment: MFA diplomatic staff → R1; to a foreign institution → R2;
 * a civil servant of a state body to anywhere else → R3. Then §2 of that rule set may still refuse.
 */
export function selectRuleSet(p: SecondmentParties): Checked<RuleSet> {
  const facts: ApplicabilityFacts = {
    candidateMilitaryLawEnforcementOrSpecial: p.candidate.militaryLawEnforcementOrSpecialPosition,
    targetPositionMilitaryLawEnforcementOrSpecial:
      p.targetPositionMilitaryLawEnforcementOrSpecial ?? p.receiver.militaryLawEnforcementOrSpecial,
  };
  const { sender, receiver, candidate } = p;

  if (sender.id === receiver.id)
    return none(
      candidate.diplomaticServicePersonnel ? 'R1 §3' : 'R3 §3',
      'Іссапарға бару басқа мемлекеттік органға немесе ұйымға ғана жүзеге асырылады: жіберуші мен қабылдаушы бір орган',
      'Прикомандирование осуществляется только в другой государственный орган или организацию: направляющая и принимающая стороны совпадают',
      'A secondment is to another body or organization: the sender and the receiver are the same',
    );

  if (receiver.kind === 'foreign-institution') {
    // R2 is for civil servants of *other* state bodies: the MFA's own staff serve abroad under the
    // Law on Diplomatic Service, not by secondment.
    if (sender.kind === 'mfa')
      return none(
        'R2 §1',
        'Қағидалар өзге мемлекеттік органдардың мемлекеттік қызметшілеріне қолданылады: уәкілетті органның қызметкерлерін шет елдердегі мекемелерге жіберу іссапарға бару тәртібімен жүзеге асырылмайды',
        'Правила применяются к государственным служащим других государственных органов: направление работников уполномоченного органа в загранучреждения не осуществляется в порядке прикомандирования',
        'R2 covers civil servants of other state bodies: the MFA does not second its own staff to foreign institutions',
      );
    if (!isStateBody(sender.kind)) return notAStateBody('R2 §5(1)');
    return decide('R2', checkR2Applicability(facts));
  }

  if (candidate.nationalBankEmployee)
    return none(
      'R2 §1',
      'Ұлттық Банк қызметкерлерінің іссапарға баруы Қазақстан Республикасының шет елдердегі мекемелеріне ғана көзделген',
      'Прикомандирование работников Национального Банка предусмотрено только в загранучреждения Республики Казахстан',
      'Resolution 755 provides for seconding National Bank employees only to foreign institutions of the RK',
    );

  if (sender.kind === 'mfa' && candidate.diplomaticServicePersonnel) return decide('R1', checkR1Applicability(facts));
  if (!isStateBody(sender.kind)) return notAStateBody('R3 §5(1)');
  return decide('R3', checkR3Applicability(facts));
}

const notAStateBody = (cite: Cite): Checked<RuleSet> =>
  none(
    cite,
    'Жіберуші Қазақстан Республикасының мемлекеттік органы емес: мемлекеттік қызметшіні іссапарға тек мемлекеттік орган жібереді',
    'Направляющая сторона не является государственным органом Республики Казахстан: государственного служащего в порядке прикомандирования направляет только государственный орган',
    'The sender is not a state body of the RK: only a state body sends a civil servant on secondment',
  );
