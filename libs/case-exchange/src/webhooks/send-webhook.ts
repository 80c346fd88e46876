import { lookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { Webhook } from 'standardwebhooks';
import { hostOf, refusedAddress, refusedUrl, type AllowList } from './address-policy';

export interface SendTarget {
  readonly url: string;
  readonly secret: string;
}

export interface SentMessage {
  readonly webhookId: string;
  readonly body: string;
}

/** Resolves a host name to every address it has now (the system resolver; tests inject their own). */
export type ResolveHost = (host: string) => Promise<readonly { address: string; family: number }[]>;
const systemResolver: ResolveHost = (host) => lookup(host, { all: true, verbatim: true });

export type SendResult = { readonly statusCode: number; readonly durationMs: number } | { readonly error: string; readonly durationMs: number };

/** The addresses the URL's host resolves to now, every one of which the policy allows; else why not. */
async function resolveAllowed(url: URL, allow: AllowList, resolve: ResolveHost): Promise<{ address: string; family: 4 | 6 } | { error: string }> {
  const refusedByUrl = refusedUrl(url.href, allow);
  if (refusedByUrl) return { error: `WEBHOOK.ADDRESS_REFUSED: ${refusedByUrl}` };
  const host = hostOf(url);
  const found = ipaddr.isValid(host) ? [{ address: host, family: ipaddr.parse(host).kind() === 'ipv4' ? 4 : 6 }] : await resolve(host);
  if (found.length === 0) return { error: `WEBHOOK.DNS: ${host} has no address` };
  // One refused address refuses the host: a name that also points inside is not an agency's endpoint.
  for (const a of found) {
    const reason = allow.hosts.has(host) ? null : refusedAddress(a.address, allow);
    if (reason) return { error: `WEBHOOK.ADDRESS_REFUSED: ${reason} (${a.address})` };
  }
  const first = found[0] as { address: string; family: number };
  return { address: first.address, family: first.family === 6 ? 6 : 4 };
}

/** A lookup that answers the address already checked: the socket connects where the policy looked (no DNS rebinding). */
const pinned = (address: string, family: 4 | 6): LookupFunction =>
  ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  }) as unknown as LookupFunction;

/**
 * POSTs one event, signed as Standard Webhooks (`webhook-id`, `webhook-timestamp`,
 * `webhook-signature` by the `standardwebhooks` library). Redirects are not followed.
 */
export async function sendWebhook(target: SendTarget, message: SentMessage, options: { allow: AllowList; timeoutMs: number; now: Date; resolve?: ResolveHost }): Promise<SendResult> {
  const started = Date.now();
  const took = (): number => Date.now() - started;
  const url = new URL(target.url);
  const resolved = await resolveAllowed(url, options.allow, options.resolve ?? systemResolver).catch((err: unknown) => ({ error: `WEBHOOK.DNS: ${(err as Error).message}` }));
  if ('error' in resolved) return { error: resolved.error, durationMs: took() };
  const headers = {
    'content-type': 'application/json',
    'user-agent': 'secondment-exchange-webhooks/1',
    'webhook-id': message.webhookId,
    'webhook-timestamp': String(Math.floor(options.now.getTime() / 1000)),
    'webhook-signature': new Webhook(target.secret).sign(message.webhookId, options.now, message.body),
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<SendResult>((resolve) => {
    const req = client.request(url, { method: 'POST', headers, timeout: options.timeoutMs, lookup: pinned(resolved.address, resolved.family), agent: false }, (res) => {
      res.resume(); // the answer's body is not read: only its status counts
      res.on('end', () => resolve({ statusCode: res.statusCode ?? 0, durationMs: took() }));
      res.on('error', (err) => resolve({ error: `WEBHOOK.CONNECTION: ${err.message}`, durationMs: took() }));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
    req.on('error', (err) => resolve({ error: `WEBHOOK.CONNECTION: ${err.message}`, durationMs: took() }));
    req.end(message.body);
  });
}
