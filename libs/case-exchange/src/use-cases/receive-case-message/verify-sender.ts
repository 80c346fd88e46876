import type { CaseEventPayload, Envelope, ServiceName } from '@sx/contracts';
import { partyOf } from '../../case-view/parties';
import { messageRefused } from '../shared/message-refusals';

/**
 * The signature proves which service sent the message; this proves that service's agency is the
 * party whose role took the step, and that the message is meant for a party of the case here.
 */
export function verifySender(envelope: Envelope, p: CaseEventPayload, self: ServiceName): void {
  const last = p.events.at(-1);
  if (!last) throw messageRefused('CASE.EMPTY_LOG', 'the message carries no event');
  if (p.caseId !== envelope.caseId) throw messageRefused('CASE.ID_MISMATCH', 'payload caseId differs from the envelope');
  if (last.event.type !== envelope.type) throw messageRefused('CASE.TYPE_MISMATCH', `a ${envelope.type} message carries a ${last.event.type} step`);
  const actor = partyOf(p.parties, last.event.actor);
  const fromParty = actor && actor.agencyId === envelope.fromAgency && actor.service === envelope.fromService;
  if (!fromParty || last.agencyId !== envelope.fromAgency || last.service !== envelope.fromService) {
    throw messageRefused('CASE.FORGED_ACTOR', `${envelope.fromAgency}@${envelope.fromService} is not the ${last.event.actor} of case ${p.caseId}`);
  }
  const forUs = Object.values(p.parties).some((party) => party?.service === self && party.agencyId === envelope.toAgency);
  if (!forUs) throw messageRefused('CASE.NOT_A_PARTY', `${envelope.toAgency}@${self} is not a party of case ${p.caseId}`);
  p.events.forEach((r, i) => {
    if (r.seq !== i + 1) throw messageRefused('CASE.BAD_LOG', `event ${i + 1} has seq ${r.seq}`);
  });
}
