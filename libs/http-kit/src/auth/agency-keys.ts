import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Agency } from './agency';

const agencyId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'an agency id: letters, digits, . _ -');
const apiKey = z.string().min(12, 'an API key of at least 12 characters').regex(/^[\x21-\x7e]+$/, 'printable ASCII');

const clientId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/, 'a client id: letters, digits, . _ : -');

const identity = z.union([
  agencyId.transform((id): Agency => ({ agencyId: id, roles: [] })),
  z.strictObject({ agencyId, clientId: clientId.optional(), roles: z.array(z.string().min(1)).default([]) }).transform(
    (a): Agency => ({ agencyId: a.agencyId, roles: a.roles, ...(a.clientId ? { clientId: a.clientId } : {}) }),
  ),
]);

/**
 * `{ "<api key>": "<agency id>" | { agencyId, clientId, roles } }` — the shape of the API_KEYS
 * variable. `clientId` names the system holding the key in every record it takes; a key given as a
 * bare agency id is named by its digest prefix (`api-key:<12 hex>`).
 */
export const agencyKeysSchema = z.record(apiKey, identity).refine((m) => Object.keys(m).length > 0, 'at least one key');
export type AgencyKeys = Readonly<Record<string, Agency>>;

/**
 * A zod field for service config: API_KEYS holds JSON. Without it, `devDefault` applies — pass it
 * only outside production, so a deployment without keys fails fast instead of trusting dev keys.
 */
export function apiKeysVariable(devDefault?: AgencyKeys) {
  return z
    .string()
    .optional()
    .transform((raw, ctx): unknown => {
      if (raw === undefined) return devDefault;
      try {
        return JSON.parse(raw);
      } catch {
        ctx.addIssue({ code: 'custom', message: 'not valid JSON (expected {"<api key>": "<agency id>"})' });
        return z.NEVER;
      }
    })
    .pipe(agencyKeysSchema);
}

/**
 * Deterministic development keys: agency `mfa` gets key `dev-key-mfa-0000`, and so on. Known to
 * anyone who reads this file — which is the point for local runs and tests, and why production
 * must set API_KEYS.
 */
export const devApiKey = (id: string): string => `dev-key-${id}-0000`;

/** Each dev key's client is `<agency id>-dev-system`. */
export function devApiKeys(agencies: readonly (string | Agency)[]): AgencyKeys {
  return Object.fromEntries(
    agencies.map((a) => {
      const agency = typeof a === 'string' ? { agencyId: a, roles: [], clientId: `${a}-dev-system` } : a;
      return [devApiKey(agency.agencyId), agency];
    }),
  );
}

/** Keys are held by digest, so lookups neither keep the secrets around nor compare them byte by byte. */
export const keyDigest = (key: string): string => createHash('sha256').update(key).digest('hex');
