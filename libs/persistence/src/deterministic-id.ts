import { createHash } from 'node:crypto';

/**
 * A UUID-shaped id derived from its parts (`deterministicId(caseId, 'order')`), for legally
 * significant records and the messages announcing them: a repeated command or a redelivered message
 * computes the same id, so it cannot create a second order. RFC 9562 version 8 (custom) layout.
 */
export function deterministicId(...parts: readonly string[]): string {
  if (parts.length === 0) throw new RangeError('deterministicId needs at least one part');
  const hex = createHash('sha256').update(parts.map((p) => `${p.length}:${p}`).join('|')).digest('hex');
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
