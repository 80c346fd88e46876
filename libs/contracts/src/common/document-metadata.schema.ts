import { z } from 'zod';

/** Metadata of a document attached to a message; the file itself travels out of band, the hash binds it. */
export const DocumentMetadataSchema = z.object({
  kind: z.string().min(1).max(100),
  fileName: z.string().min(1).max(255),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a lowercase hex SHA-256'),
  size: z.number().int().nonnegative(),
});
export type DocumentMetadata = z.infer<typeof DocumentMetadataSchema>;
