import { checkProposal, type Checked, type DocumentKind, type LegalDate, type RuleSet } from '@sx/rules';
import { Refusal } from '@sx/contracts';
import { text } from '@sx/rules';
import type { CaseView } from '../../case-view/case-view.schema';
import type { CaseContext } from '../../context/case-context';
import { currentPackage } from '../../case-view/sender-draft';

const noEligibilityFacts = (ruleSet: RuleSet): Refusal =>
  new Refusal('invalid', 'ELIGIBILITY.FACTS_MISSING', text('Кандидаттың талаптарға сәйкестігі туралы деректер жоқ', 'Нет сведений о соответствии кандидата требованиям', 'The candidate’s eligibility facts are missing'), {
    cite: ruleSet === 'R2' ? 'R2 §11' : `${ruleSet} §10`,
  });

/** Everything that stands between the draft and its submission, all at once: eligibility, package, applicability. */
export function checkCase(ctx: CaseContext, view: CaseView, asOf: LegalDate): Checked<{ ruleSet: RuleSet }> {
  const candidate = view.candidate.eligibility;
  if (!candidate) throw noEligibilityFacts(view.ruleSet);
  const kinds = currentPackage(view).map((d) => d.kind as DocumentKind);
  return checkProposal(view.ruleSet, candidate, kinds, {
    asOf,
    parties: {
      sender: ctx.agencies.get(view.parties.sender.agencyId),
      receiver: ctx.agencies.get(view.parties.receiver.agencyId),
      ...(view.candidate.targetPositionMilitaryLawEnforcementOrSpecial !== undefined
        ? { targetPositionMilitaryLawEnforcementOrSpecial: view.candidate.targetPositionMilitaryLawEnforcementOrSpecial }
        : {}),
    },
  });
}
