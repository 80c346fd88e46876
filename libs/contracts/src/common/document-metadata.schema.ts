import { z } from 'zod';

/** Metadata of a document attached to a message; the file itself travels out of band, the hash binds it. */
export const DocumentMetadataSchema = z.object({
  kind: z.string().min(1).max(100).describe('Which document of the package it is (R1 §12, R2 §13, R3 §12): the reasoned letter, the nomination, the CV, the service record or the written consent; the kinds are listed by GET /procedures/{ruleSet}.'),
  fileName: z.string().min(1).max(255).describe('The file name the sender gave it.'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a lowercase hex SHA-256').describe('SHA-256 of the file (lowercase hex): binds the metadata to the bytes, and names the file in GET /cases/{caseId}/files/{sha256}.'),
  size: z.number().int().nonnegative().describe('The file’s size in bytes.'),
});
export type DocumentMetadata = z.infer<typeof DocumentMetadataSchema>;
