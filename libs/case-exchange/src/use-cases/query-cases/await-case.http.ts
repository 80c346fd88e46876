import { z } from 'zod';

/** A held read never outlasts this: proxies and clients commonly give up after 60 s. */
export const MAX_WAIT_S = 30;
const DEFAULT_WAIT_S = 10;

export const WAIT_DESCRIPTION =
  'With `afterSeq=N` the request is held until this service\'s copy has a step after N (the step arrived from another party, or was taken here), ' +
  `or the wait ends (\`wait\` seconds, or \`Prefer: wait=N\`; default ${DEFAULT_WAIT_S}, at most ${MAX_WAIT_S}); the answer is the copy either way, ` +
  'and `Wait-Outcome` says which (`arrived` or `timed-out`; the body\'s `seq` tells the same). `afterSeq=0` also waits for a case that has not ' +
  'reached this service yet; 404 only when the wait ends without it. Without `afterSeq`, `Prefer: wait=N` waits only for the case to exist.';

export const WaitQuerySchema = z.object({
  afterSeq: z.coerce.number().int().min(0).optional().meta({ description: 'Hold the request until the copy has a step after this seq (the last seq you know)', example: 1 }),
  wait: z.coerce.number().int().min(1).max(MAX_WAIT_S).optional().meta({ description: `Seconds to hold the request at most (default ${DEFAULT_WAIT_S}, at most ${MAX_WAIT_S})`, example: 10 }),
});

export const PreferHeaderSchema = z.object({
  Prefer: z.string().max(200).optional().meta({ description: `RFC 7240 \`wait=<seconds>\`: how long to hold the request (at most ${MAX_WAIT_S})`, example: 'wait=10' }),
});

export const WaitResponseHeadersSchema = z.object({
  'Wait-Outcome': z.enum(['arrived', 'timed-out']).optional().meta({ description: 'When the request waited: whether the awaited step arrived or the wait ended first' }),
  'Preference-Applied': z.string().optional().meta({ description: 'Echoes `wait=<seconds>` when the Prefer header set the wait', example: 'wait=10' }),
});

/** `wait=N` of an RFC 7240 Prefer header, if any. */
export function preferredWaitS(prefer: string | undefined): number | undefined {
  const match = prefer === undefined ? null : /(?:^|[,;\s])wait\s*=\s*"?(\d{1,6})"?/i.exec(prefer);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/** How long to hold the read, in ms; undefined to answer at once. */
export function waitMsOf(query: { afterSeq?: number; wait?: number }, headers: { Prefer?: string }): number | undefined {
  const preferred = preferredWaitS(headers.Prefer);
  if (query.afterSeq === undefined && preferred === undefined) return undefined;
  return Math.min(query.wait ?? preferred ?? DEFAULT_WAIT_S, MAX_WAIT_S) * 1000;
}

export function waitHeaders(arrived: boolean, waitMs: number, headers: { Prefer?: string }): Record<string, string> {
  return {
    'Wait-Outcome': arrived ? 'arrived' : 'timed-out',
    ...(preferredWaitS(headers.Prefer) !== undefined ? { 'Preference-Applied': `wait=${waitMs / 1000}` } : {}),
  };
}
