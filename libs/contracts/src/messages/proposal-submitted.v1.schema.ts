import { z } from 'zod';
import { defineMessage } from '../catalog/message-definition';
import { LegalDateStringSchema, RuleSetSchema } from '../common/common.schema';
import { DocumentMetadataSchema } from '../common/document-metadata.schema';
import { AgencyIdSchema } from '../common/service-name.schema';

export const ProposalSubmittedV1PayloadSchema = z.object({
  ruleSet: RuleSetSchema,
  /** The sender's human-readable case reference (shown on letters), distinct from the caseId. */
  caseReference: z.string().min(1).max(100),
  candidate: z.object({
    fullName: z.string().min(1).max(300),
    position: z.string().min(1).max(300),
  }),
  receiverOrganizationId: AgencyIdSchema,
  senderOrganizationId: AgencyIdSchema,
  proposalDate: LegalDateStringSchema,
  documents: z.array(DocumentMetadataSchema).max(50),
  letterNumber: z.string().min(1).max(100),
});
export type ProposalSubmittedV1Payload = z.infer<typeof ProposalSubmittedV1PayloadSchema>;

export const ProposalSubmittedV1 = defineMessage({
  type: 'ProposalSubmitted',
  version: 1,
  payload: ProposalSubmittedV1PayloadSchema,
  // R1: the MFA proposes; R2: a state body proposes to the MFA (authorized body); R3: body to body.
  from: ['foreign-affairs', 'sending-body'],
  to: ['receiving-body', 'foreign-affairs'],
  description: 'A secondment proposal with the candidate summary and the documents metadata (R1/R2/R3).',
});
