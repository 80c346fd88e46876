import { z } from 'zod';
import type { LegalDate, PartyRole } from '@sx/rules';
import { seqOf } from '../event-log/change-case';
import type { CaseRecord } from '../case-view/case-record';
import { toCaseResponse } from './case-response';

// A case's version, for clients, is its `seq` (its last step's number, the same at every party):
// sent as the ETag `"<seq>"` and taken back in If-Match, so a step decided on an outdated copy is refused.

export const caseEtag = (record: CaseRecord): string => `"${seqOf(record)}"`;

export const IfMatchHeaderSchema = z.object({
  'If-Match': z
    .string()
    .regex(/^(\*|(W\/)?"\d{1,9}")$/)
    .optional()
    .meta({ description: 'The ETag of the case you decided on ("<seq>"): when another step was taken since, 412 CASE.STALE_VERSION and nothing changes', example: '"3"' }),
});

/** The seq an If-Match names; undefined for none or `*` (any version). */
export function expectedSeqOf(ifMatch: string | undefined): number | undefined {
  const digits = ifMatch === undefined ? null : /\d+/.exec(ifMatch);
  return digits ? Number(digits[0]) : undefined;
}

export const CaseEtagHeaderSchema = z.object({
  ETag: z.string().meta({ description: 'The case\'s version, its seq quoted ("3"): send it back in If-Match', example: '"3"' }),
});

/** A case as an agency sees it, with its ETag. */
export const caseReply = <S extends 200 | 201>(status: S, record: CaseRecord, roles: readonly PartyRole[], today: LegalDate) => ({
  status,
  body: toCaseResponse(record, roles, today),
  headers: { ETag: caseEtag(record) },
});
