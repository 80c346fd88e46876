/**
 * `npm run dlq -- <list|show|replay|drop> --service <name> [--reason <CODE>] [--id <messageId>]`
 *
 *   list     the service's dead letters: id, type, reason code, when, reason (all, or those filtered)
 *   show     one dead letter in full (--id): headers and body
 *   replay   sends the matching dead letters back to where they were first sent, as new messages
 *            (after the cause is fixed: a key added, a service upgraded); needs --reason or --id
 *   drop     removes the matching dead letters for good; needs --reason or --id, and --yes
 *
 * The broker: AMQP_URL (default the local one) and SX_AMQP_PREFIX (default sx), as the services have them.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { SERVICE_NAMES } from '@sx/contracts';
import { dropDeadLetters, listDeadLetters, replayDeadLetters, type DeadLetterFilter, type DeadLetterTarget } from './dlq/dead-letters';

const USAGE = 'usage: npm run dlq -- <list|show|replay|drop> --service <' + SERVICE_NAMES.join('|') + '> [--reason CODE] [--id MESSAGE_ID] [--yes] [--json]';

const ArgsSchema = z.object({
  command: z.enum(['list', 'show', 'replay', 'drop']),
  service: z.enum(SERVICE_NAMES),
  reason: z.string().min(1).optional(),
  id: z.string().min(1).optional(),
  yes: z.boolean().optional(),
  json: z.boolean().optional(),
});

const EnvSchema = z.object({
  AMQP_URL: z.string().regex(/^amqps?:\/\//).default('amqp://guest:guest@127.0.0.1:5672'),
  SX_AMQP_PREFIX: z.string().min(1).default('sx'),
});

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { service: { type: 'string' }, reason: { type: 'string' }, id: { type: 'string' }, yes: { type: 'boolean' }, json: { type: 'boolean' } },
  });
  const parsed = ArgsSchema.safeParse({ ...values, command: positionals[0] });
  if (!parsed.success) {
    console.error(`${USAGE}\n${parsed.error.issues.map((i) => `  ${i.path.join('.') || 'command'}: ${i.message}`).join('\n')}`);
    return 2;
  }
  const a = parsed.data;
  const env = EnvSchema.parse(process.env);
  const target: DeadLetterTarget = { amqpUrl: env.AMQP_URL, prefix: env.SX_AMQP_PREFIX, service: a.service };
  const filter: DeadLetterFilter = { ...(a.reason ? { reasonCode: a.reason } : {}), ...(a.id ? { messageId: a.id } : {}) };
  const narrowed = a.reason !== undefined || a.id !== undefined;

  switch (a.command) {
    case 'list': {
      const letters = await listDeadLetters(target, filter);
      if (a.json) console.log(JSON.stringify(letters.map((d) => ({ messageId: d.messageId, type: d.type, reasonCode: d.reasonCode, reason: d.reason, deadAt: d.deadAt, original: d.original })), null, 2));
      else {
        console.log(`${letters.length} dead letter(s) of ${a.service}`);
        for (const d of letters) console.log(`${d.messageId}  ${d.type}  ${d.reasonCode}  ${d.deadAt ?? '?'}  ${d.reason}`);
      }
      return 0;
    }
    case 'show': {
      if (!a.id) return usage('show needs --id');
      const [letter] = await listDeadLetters(target, filter);
      if (!letter) return notFound(a.id);
      console.log(JSON.stringify({ ...letter, body: tryJson(letter.body) }, null, 2));
      return 0;
    }
    case 'replay': {
      if (!narrowed) return usage('replay needs --reason or --id (replay everything by naming its reason)');
      const ids = await replayDeadLetters(target, filter);
      console.log(`replayed ${ids.length}: ${ids.join(', ')}`);
      return ids.length > 0 || !a.id ? 0 : notFound(a.id);
    }
    case 'drop': {
      if (!narrowed) return usage('drop needs --reason or --id');
      if (!a.yes) return usage('drop removes messages for good: add --yes');
      const ids = await dropDeadLetters(target, filter);
      console.log(`dropped ${ids.length}: ${ids.join(', ')}`);
      return 0;
    }
  }
}

function usage(why: string): number {
  console.error(`${why}\n${USAGE}`);
  return 2;
}

function notFound(id: string): number {
  console.error(`no dead letter with id ${id}`);
  return 1;
}

function tryJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return s;
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
