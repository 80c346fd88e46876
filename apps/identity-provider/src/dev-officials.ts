import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A development official: deterministic login `<role>@<agency id>`, password DEV_PASSWORD. */
export interface DevOfficial {
  readonly login: string;
  readonly agencyId: string;
  readonly name: string;
  readonly position: string;
  readonly roles: readonly ('preparer' | 'signatory')[];
}

/** Known to anyone who reads this file: the provider refuses to run in production. */
export const DEV_PASSWORD = 'dev-password';

export function devOfficials(agenciesFile: string): DevOfficial[] {
  const agencies = JSON.parse(readFileSync(agenciesFile, 'utf8')) as { id: string; name: { en: string } }[];
  return agencies.flatMap((a) => [
    { login: `preparer@${a.id}`, agencyId: a.id, name: `Preparer (${a.name.en})`, position: 'Chief expert of the HR service', roles: ['preparer'] as const },
    { login: `signatory@${a.id}`, agencyId: a.id, name: `Signatory (${a.name.en})`, position: 'Executive Secretary', roles: ['signatory'] as const },
  ]);
}

export const defaultAgenciesFile = (root: string): string => join(root, 'deploy/agencies/agencies.json');
