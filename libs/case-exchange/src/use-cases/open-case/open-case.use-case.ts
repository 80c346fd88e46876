import { randomUUID } from 'node:crypto';
import { Refusal, refusalOfViolations, type Actor, type Parties } from '@sx/contracts';
import { rolesOf, serviceForRole } from '@sx/contracts';
import { selectRuleSet, text, type RuleSet } from '@sx/rules';
import { assertAuthorized } from '../../authorization';
import { newCaseView } from '../../case-view/new-case-view';
import type { CaseRecord } from '../../case-view/case-record';
import type { CaseContext } from '../../context/case-context';
import { unknownAgency } from '../shared/case-errors';
import type { OpenCaseBody } from './open-case.schema';

const wrongService = (ruleSet: RuleSet, service: string): Refusal =>
  new Refusal('invalid', 'CASE.WRONG_SERVICE', text('Бұл қызмет бұл ережелер бойынша жіберуші емес', 'Этот сервис не является направляющей стороной по этим правилам', 'This service is not the sender under these rules'), {
    cite: `${ruleSet} §1`,
    details: { ruleSet, service },
  });

/**
 * The sender opens a case for its candidate. Which rules apply follows from who sends whom where
 * (R1 §2, R2 §2, R3 §2); the case starts as a draft until the package is complete and submitted.
 * Opening is a preparing act: a preparer or a signatory of the sender (or its system).
 */
export async function openCase(ctx: CaseContext, actor: Actor, body: OpenCaseBody): Promise<CaseRecord> {
  const senderId = actor.agencyId;
  const sender = ctx.agencies.get(senderId);
  const receiver = ctx.agencies.find(body.receiverId);
  if (!receiver) throw unknownAgency(body.receiverId);
  const e = body.candidate.eligibility;
  const selected = selectRuleSet({
    sender,
    receiver,
    candidate: {
      diplomaticServicePersonnel: e?.diplomaticServicePersonnel ?? sender.kind === 'mfa',
      nationalBankEmployee: e?.nationalBankEmployee ?? sender.kind === 'national-bank',
      militaryLawEnforcementOrSpecialPosition: e?.militaryLawEnforcementOrSpecialPosition ?? false,
    },
    ...(body.candidate.targetPositionMilitaryLawEnforcementOrSpecial !== undefined
      ? { targetPositionMilitaryLawEnforcementOrSpecial: body.candidate.targetPositionMilitaryLawEnforcementOrSpecial }
      : {}),
  });
  if (!selected.ok) throw refusalOfViolations(selected.violations);
  const ruleSet = selected.value;
  if (!rolesOf(ctx.service, ruleSet).includes('sender')) throw wrongService(ruleSet, ctx.service);
  assertAuthorized(actor, 'open-case', ruleSet);

  const parties: Parties = {
    sender: { agencyId: sender.id, service: ctx.service },
    receiver: { agencyId: receiver.id, service: serviceForRole(ruleSet, 'receiver') ?? ctx.service },
    ...(ruleSet === 'R2' ? { mfa: { agencyId: 'mfa', service: 'foreign-affairs' as const } } : {}),
  };
  const caseId = randomUUID();
  const view = newCaseView({ caseId, ruleSet, reference: body.reference, parties, candidate: body.candidate });
  const history = [{ at: ctx.clock().toISOString(), event: 'CaseOpened', actor: 'sender', cite: `${ruleSet} §1`, details: { agencyId: senderId, service: ctx.service } }];
  const created = await ctx.cases.append(caseId, null, [{ state: view, history }]);
  ctx.logger.info({ caseId, ruleSet, senderId, receiverId: receiver.id }, 'case opened');
  return created.snapshot;
}
