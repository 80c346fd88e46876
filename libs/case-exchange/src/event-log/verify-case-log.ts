import type { Parties, SignedRecord } from '@sx/contracts';
import { verifyChain, type PublicKeyEntry } from '@sx/messaging';
import { partyOf } from '../case-view/parties';

export type CaseLogCheck = { ok: true } | { ok: false; code: string; seq: number; message: string };

/**
 * Everything a party checks of a case's log before it believes any of it: the chain (numbering,
 * links, hashes, signatures by the recording service's own key) and, for every step, that the agency
 * and service that recorded it are the case's party in the role the step was taken in. A service can
 * therefore sign only its own party's steps, never put a step into another party's mouth.
 */
export function verifyCaseLog(records: readonly SignedRecord[], parties: Parties, publicKeys: readonly PublicKeyEntry[]): CaseLogCheck {
  const chain = verifyChain(records, publicKeys);
  if (!chain.ok) return chain;
  for (const r of records) {
    const party = partyOf(parties, r.event.actor);
    if (!party || party.agencyId !== r.agencyId || party.service !== r.service) {
      return { ok: false, code: 'CASE.FORGED_ACTOR', seq: r.seq, message: `step ${r.seq}: ${r.agencyId}@${r.service} is not the ${r.event.actor} of the case` };
    }
  }
  return { ok: true };
}

/** The first step at which two logs of one case differ, or null when one is a prefix of the other. */
export function firstDivergence(ours: readonly SignedRecord[], theirs: readonly SignedRecord[]): number | null {
  const n = Math.min(ours.length, theirs.length);
  for (let i = 0; i < n; i++) if (ours[i]?.hash !== theirs[i]?.hash) return i + 1;
  return null;
}
