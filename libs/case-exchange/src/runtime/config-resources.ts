import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import type { ServiceName } from '@sx/contracts';
import { apiKeysVariable, devApiKeys, type AgencyKeys, type KeysServedElsewhere } from '@sx/http-kit';
import { loadKeyRingFromEnv, type KeyRing } from '@sx/messaging';
import { AgencyRegistry } from '../agencies/agency-registry';
import { REPO_ROOT } from './service-defaults';

// Loaders for the parts of the config that live outside single variables (a file, key material,
// JSON). Each reports a problem as an issue on the variable that caused it, so the operator sees
// every problem in one message instead of one per restart.

type Ctx = z.RefinementCtx;
type Env = Readonly<Record<string, string | undefined>>;

const describe = (error: unknown): string =>
  error instanceof z.ZodError
    ? error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')
    : error instanceof Error
      ? error.message
      : String(error);

export function loadAgencies(file: string, service: ServiceName, ctx: Ctx): AgencyRegistry | undefined {
  const path = isAbsolute(file) ? file : resolve(REPO_ROOT, file);
  const fail = (why: string): undefined => {
    ctx.addIssue({ code: 'custom', path: ['AGENCIES_FILE'], message: `${path}: ${why}` });
    return undefined;
  };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return fail(`cannot read it as JSON (${describe(error)})`);
  }
  try {
    const registry = AgencyRegistry.fromJson(json);
    if (registry.servedBy(service).length === 0) return fail(`no agency acts through ${service}`);
    return registry;
  } catch (error) {
    return fail(`not a valid agency list (${describe(error)})`);
  }
}

export function loadKeyRing(service: ServiceName, env: Env, devKeys: boolean, ctx: Ctx): KeyRing | undefined {
  try {
    return loadKeyRingFromEnv(service, env, { allowDevKeys: devKeys });
  } catch (error) {
    ctx.addIssue({ code: 'custom', path: ['SX_SIGNING_PRIVATE_KEY'], message: describe(error) });
    return undefined;
  }
}

/** The keys this service accepts, and the genuine keys of agencies that act through other services. */
export interface ApiKeySets {
  readonly served: AgencyKeys;
  readonly elsewhere: KeysServedElsewhere;
}

function splitByService(keys: AgencyKeys, registry: AgencyRegistry, service: ServiceName): ApiKeySets {
  const served: Record<string, AgencyKeys[string]> = {};
  const elsewhere: Record<string, KeysServedElsewhere[string]> = {};
  for (const [key, agency] of Object.entries(keys)) {
    const known = registry.find(agency.agencyId);
    if (known && !known.services.includes(service)) elsewhere[key] = { agencyId: agency.agencyId, services: known.services };
    else served[key] = agency;
  }
  return { served, elsewhere };
}

/**
 * API_KEYS may hold every agency's key (one variable for all services): each service accepts those
 * of the agencies it serves and answers the others 403 AUTH.WRONG_SERVICE. Dev keys (SX_DEV_KEYS=1)
 * cover every agency of the registry, so local runs mirror real tenancy.
 */
export function loadApiKeys(raw: string | undefined, registry: AgencyRegistry, service: ServiceName, devKeys: boolean, ctx: Ctx): ApiKeySets | undefined {
  if (raw === undefined && !devKeys) {
    ctx.addIssue({ code: 'custom', path: ['API_KEYS'], message: 'required: JSON {"<api key>": "<agency id>"} (`npm run keys:generate`), or SX_DEV_KEYS=1 for local runs and tests' });
    return undefined;
  }
  const parsed = apiKeysVariable(devKeys ? devApiKeys(registry.all().map((a) => a.id)) : undefined).safeParse(raw);
  if (parsed.success) return splitByService(parsed.data, registry, service);
  // The sub-path of an issue is the API key itself: report the variable only, never a secret.
  for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: ['API_KEYS'], message: issue.message });
  return undefined;
}

/** SX_CALENDAR_DIR resolved from the repository root, and checked to be a directory. */
export function calendarDirOf(dir: string | undefined, ctx: Ctx): string | undefined {
  if (dir === undefined) return undefined;
  const path = isAbsolute(dir) ? dir : resolve(REPO_ROOT, dir);
  try {
    if (statSync(path).isDirectory()) return path;
    ctx.addIssue({ code: 'custom', path: ['SX_CALENDAR_DIR'], message: `${path} is not a directory` });
  } catch (error) {
    ctx.addIssue({ code: 'custom', path: ['SX_CALENDAR_DIR'], message: `${path}: ${describe(error)}` });
  }
  return undefined;
}
