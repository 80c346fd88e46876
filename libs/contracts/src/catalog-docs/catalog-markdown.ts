import { z } from 'zod';
import { procedureDefinition, RULE_SETS, type PartyRole, type RuleSet } from '@sx/rules';
import { EnvelopeSchema } from '../envelope/envelope.schema';
import { CaseEventPayloadSchema } from '../messages/case-event.schema';
import { rolesOf } from '../roles/service-roles';
import { SERVICE_NAMES } from '../common/service-name.schema';
import { messageCatalog } from '../catalog/catalog';
import type { CatalogEntry, MessageCatalog } from '../catalog/message-catalog';

/** One line per envelope field; typed on the schema's keys, so a new field fails to compile until it is described. */
const ENVELOPE_FIELDS: Readonly<Record<keyof typeof EnvelopeSchema.shape, string>> = {
  messageId: 'UUID of this message; receivers deduplicate on it (inbox by message id).',
  type: 'PascalCase message type, one of the sections below; the last segment of the routing key.',
  schemaVersion: 'Version of the message type; the payload is validated against that type and version.',
  caseId: 'The case the message belongs to.',
  fromAgency: 'Agency id of the party whose role took the step (kebab-case, e.g. `ministry-of-finance`).',
  toAgency: 'Agency id of the receiving party.',
  fromService: 'Sending service; must be one of the type\'s sending services and must own the signing key.',
  toService: 'Receiving service; must be one of the type\'s receiving services and the consuming service.',
  issuedAt: 'ISO-8601 instant at which the message was created.',
  causationId: 'messageId of the message that caused this one; `null` for a message caused by a person.',
  correlationId: 'The case\'s first message id (or the case id): groups every message of one case.',
  traceparent: 'W3C trace context captured when the message was created, so a relayed publish joins that trace.',
  tracestate: 'W3C trace state that goes with `traceparent`.',
  payload: 'The message body, validated by type and version against the catalog (see each message).',
};

/** One line per top-level payload field; typed on the schema's keys like the envelope above. */
const PAYLOAD_FIELDS: Readonly<Record<keyof typeof CaseEventPayloadSchema.shape, string>> = {
  caseId: 'The case id (same as the envelope\'s `caseId`).',
  ruleSet: 'The procedure the case follows: R1, R2 or R3.',
  reference: 'The case\'s human reference (letter or registration number).',
  parties: 'Agency id and service of the sender and receiver, and of the MFA and the approver when they take part.',
  candidate: 'The candidate\'s full name and position.',
  documents: 'Metadata of every document of the case, with the proposal (candidate package) it belongs to.',
  files: 'File contents (SHA-256 and base64) travelling with the steps that hand over a package.',
  events: 'The whole event log of the case as the sender recorded it (seq, rules event, agency, service, time); a late joiner rebuilds the case from it, an up-to-date copy applies only the last record.',
};

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  format?: string;
  minItems?: number;
  maxItems?: number;
};

const cell = (text: string): string => text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
const code = (text: string): string => `\`${text}\``;
const list = (items: readonly string[]): string => (items.length > 0 ? items.map(code).join(', ') : '—');
const anchorOf = (entry: Pick<CatalogEntry, 'type' | 'version'>): string => `${entry.type.toLowerCase()}-v${entry.version}`;

/** A one-line type summary of a JSON Schema node. */
function typeSummary(schema: JsonSchema): string {
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return variants.map(typeSummary).join(' or ');
  const type = Array.isArray(schema.type) ? schema.type.join(' or ') : (schema.type ?? 'any');
  if (type === 'array') {
    const bounds = [schema.minItems !== undefined ? `min ${schema.minItems}` : '', schema.maxItems !== undefined ? `max ${schema.maxItems}` : ''].filter(Boolean);
    const items = schema.items ? typeSummary(schema.items) : 'any';
    return `array of ${items}${bounds.length > 0 ? ` (${bounds.join(', ')})` : ''}`;
  }
  if (type === 'object' && schema.properties) {
    const required = new Set(schema.required ?? []);
    return `object { ${Object.keys(schema.properties).map((k) => (required.has(k) ? k : `${k}?`)).join(', ')} }`;
  }
  return schema.format ? `${type} (${schema.format})` : type;
}

/** The top-level fields of an object schema as a table: field, type, required, meaning. */
function fieldTable(schema: JsonSchema, meaning: Readonly<Record<string, string>>): string[] {
  const required = new Set(schema.required ?? []);
  return [
    '| Field | Type | Required | Meaning |',
    '| --- | --- | --- | --- |',
    ...Object.entries(schema.properties ?? {}).map(
      ([name, prop]) => `| ${code(name)} | ${cell(typeSummary(prop))} | ${required.has(name) ? 'yes' : 'no'} | ${cell(meaning[name] ?? '')} |`,
    ),
  ];
}

const actingRoles = (ruleSet: RuleSet, actors: readonly PartyRole[]): string =>
  actors
    .map((role) => {
      // Every service that plays the role (the approver is the Presidential Administration or the Prime Minister).
      const services = SERVICE_NAMES.filter((s) => rolesOf(s, ruleSet).includes(role));
      return services.length > 0 ? `${role} (${services.map(code).join(' or ')})` : role;
    })
    .join(', ');

/** The steps of the procedures that this message type carries, one row per rule set and transition. */
function stepRows(type: string): string[] {
  return RULE_SETS.flatMap((ruleSet) =>
    procedureDefinition(ruleSet)
      .transitions.filter((t) => t.event === type)
      .map((t) => `| ${ruleSet} | ${cell(t.cite)} | ${cell(actingRoles(ruleSet, t.actors))} | ${list(t.from)} → ${list(t.to)} | ${cell(t.text.en)} |`),
  );
}

const INTRO: readonly string[] = [
  '# Secondment Exchange — message catalog',
  '',
  '<!-- Generated by libs/contracts/scripts/write-catalog.ts from the message catalog; do not edit by hand. -->',
  '<!-- Regenerate with: npx tsx libs/contracts/scripts/write-catalog.ts -->',
  '',
  'Every message exchanged between the services, one section per message type and version. The same',
  'catalog is served at `GET /messages`.',
  '',
  '## Envelope',
  '',
  'Every message travels in a versioned JSON envelope. The envelope is validated first, then the payload by',
  '`type` and `schemaVersion` against this catalog, then the route (`fromService` must be one of the',
  'sending services of the type, `toService` one of its receiving services).',
  '',
];

const TRANSPORT: readonly string[] = [
  '',
  '## Signing',
  '',
  'Every message is signed by its sending service with Ed25519 over the canonical JSON of the whole envelope',
  '(payload included). The base64 signature travels in the AMQP header `x-sx-signature`, the id of the signing',
  'key in `x-sx-key-id`. A receiver verifies the signature with the public key of that id and checks that the',
  'key belongs to the claimed `fromService`; a valid signature alone is not enough, the route must also be',
  'allowed by the catalog.',
  '',
  '## Routing',
  '',
  'The routing key of a message is `<toService>.<type>` (for example `receiving-body.ProposalSubmitted`): the',
  'receiving service first, so a service\'s inbox binds `<service>.#`.',
  '',
  '## Dead-lettering',
  '',
  'A message that cannot be accepted (malformed JSON, missing, unknown or invalid signature, signer mismatch,',
  'invalid envelope, unknown type or version, invalid payload, route not allowed, wrong recipient, rejected by',
  'the handler) is copied to the dead-letter exchange with its original headers, and only then acknowledged.',
  'The stable reason code is in the header `x-sx-dead-reason-code` (e.g. `SIGNATURE_INVALID`,',
  '`PAYLOAD_INVALID`, `UNKNOWN_VERSION`), the code with a message in `x-sx-dead-reason`.',
  '',
  '## Versioning',
  '',
  'A message type is identified by its `type` and `schemaVersion`. A change to a message adds a new version',
  'beside the old one, never in its place: both stay in the catalog, so services can be upgraded one by one',
  'and a message is always validated against the version it was written in.',
  '',
];

/** The catalog as a Markdown document (MESSAGES.md): envelope, transport rules, then every message type. */
export function catalogMarkdown(catalog: MessageCatalog = messageCatalog): string {
  const entries = catalog.list();
  const payloadSchema = z.toJSONSchema(CaseEventPayloadSchema, { unrepresentable: 'any' }) as JsonSchema;
  const casePayloadKey = JSON.stringify(payloadSchema);
  const envelopeSchema = z.toJSONSchema(EnvelopeSchema, { unrepresentable: 'any' }) as JsonSchema;
  const envelopeRequired = new Set(envelopeSchema.required ?? []);
  // `payload` is unknown to the envelope schema but always present: it is checked by type and version.
  envelopeRequired.add('payload');

  const lines: string[] = [
    ...INTRO,
    ...fieldTable({ ...envelopeSchema, required: [...envelopeRequired] }, ENVELOPE_FIELDS),
    ...TRANSPORT,
    '## Messages',
    '',
    '| Type | Version | Sending services | Receiving services |',
    '| --- | --- | --- | --- |',
    ...entries.map((e) => `| [${e.type}](#${anchorOf(e)}) | ${e.version} | ${list(e.from)} | ${list(e.to)} |`),
    '',
  ];

  for (const entry of entries) {
    const rows = stepRows(entry.type);
    const isCasePayload = JSON.stringify(entry.payloadJsonSchema) === casePayloadKey;
    lines.push(
      `### ${entry.type} v${entry.version}`,
      '',
      `- **Type:** ${code(entry.type)}`,
      `- **Version:** ${entry.version}`,
      `- **Sending services:** ${list(entry.from)}`,
      `- **Receiving services:** ${list(entry.to)}`,
      `- **Routing key:** ${code(`<toService>.${entry.type}`)}`,
      `- **Payload:** ${isCasePayload ? '[case event payload](#payload-case-event-payload)' : 'see below'}`,
      '',
    );
    if (rows.length > 0) {
      lines.push('| Rule set | Paragraph | Acting role (service) | From → to | Step |', '| --- | --- | --- | --- | --- |', ...rows, '');
    } else {
      lines.push(cell(entry.description), '');
    }
    if (!isCasePayload) lines.push(...fieldTable(entry.payloadJsonSchema as JsonSchema, {}), '');
  }

  lines.push(
    '## Payload: case event payload',
    '',
    'Every case message carries the same payload (`CaseEventPayloadSchema`, strict: unknown fields are rejected).',
    'It carries the whole event log of the case, so a party that joins late (the approver) rebuilds the case',
    'from it, and files travel with the steps that hand over a package.',
    '',
    ...fieldTable(payloadSchema, PAYLOAD_FIELDS),
    '',
  );
  return lines.join('\n');
}
