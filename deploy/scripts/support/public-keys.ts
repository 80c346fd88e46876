import { existsSync, readFileSync } from 'node:fs';
import { parse as parseDotenv } from 'dotenv';
import { SERVICE_NAMES } from '@sx/contracts';
import { devKeyRing, publicKeysFromEnv, type PublicKeyEntry } from '@sx/messaging';

/** The keys of a file: dotenv with SX_PUBLIC_KEYS (as `npm run keys:generate` writes it), or the SX_PUBLIC_KEYS JSON itself. */
function keysOfFile(path: string): PublicKeyEntry[] {
  if (!existsSync(path)) throw new Error(`no such key file: ${path}`);
  const text = readFileSync(path, 'utf8');
  const trimmed = text.trim();
  return publicKeysFromEnv(trimmed.startsWith('{') ? { SX_PUBLIC_KEYS: trimmed } : parseDotenv(text));
}

/**
 * Every service's public keys for the offline tools (`audit:verify`, `restore`), the first source found:
 * `--keys <file>`; SX_PUBLIC_KEYS (or SX_PUBLIC_KEY_<SERVICE>) in the environment; `.env` in the working
 * directory; the local dev keys with SX_DEV_KEYS=1. `from` says which, for the tool's output.
 */
export function publicKeysFor(args: readonly string[], env: NodeJS.ProcessEnv): { keys: PublicKeyEntry[]; from: string } {
  const at = args.indexOf('--keys');
  if (at >= 0) {
    const path = args[at + 1];
    if (!path) throw new Error('--keys needs a file');
    return { keys: keysOfFile(path), from: path };
  }
  const fromEnv = publicKeysFromEnv(env);
  if (fromEnv.length > 0) return { keys: fromEnv, from: 'the environment' };
  if (existsSync('.env')) {
    const fromDotenv = keysOfFile('.env');
    if (fromDotenv.length > 0) return { keys: fromDotenv, from: '.env' };
  }
  if (env['SX_DEV_KEYS'] === '1') return { keys: SERVICE_NAMES.flatMap((s) => devKeyRing(s).publicKeys.filter((k) => k.service === s)), from: 'the local dev keys' };
  return { keys: [], from: 'nowhere' };
}
