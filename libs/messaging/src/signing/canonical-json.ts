import canonicalize from 'canonicalize';

/**
 * Canonical JSON (RFC 8785, the JSON Canonicalization Scheme) by a maintained implementation: keys
 * sorted by UTF-16 code units, no whitespace, `undefined` members dropped, NaN and Infinity refused.
 * Signing this instead of the wire bytes means a signature survives re-serialization (an envelope
 * stored in MongoDB and relayed later, a record copied into an export).
 */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('canonical JSON cannot encode undefined');
  return text;
}
