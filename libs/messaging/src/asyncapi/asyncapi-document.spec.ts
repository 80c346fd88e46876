import { Parser, type Diagnostic, type ParseOutput } from '@asyncapi/parser';
import { messageCatalog, SERVICE_NAMES, WEBHOOK_EVENT_TYPES, type ServiceName } from '@sx/contracts';
import { asyncApiDocument } from './asyncapi-document';

const parser = new Parser();
// Spectral severities: 0 error, 1 warning, 2 information, 3 hint.
const problems = (diagnostics: Diagnostic[]): string[] =>
  diagnostics.filter((d) => d.severity <= 1).map((d) => `${d.code} at ${d.path.join('.')}: ${d.message}`);

// Each parse runs the whole AsyncAPI ruleset (seconds): every document is parsed once, for every test.
const parsed = new Map<ServiceName, ParseOutput>();
beforeAll(async () => {
  for (const service of SERVICE_NAMES) parsed.set(service, await parser.parse(JSON.stringify(asyncApiDocument(service))));
}, 120_000);
const documentOf = (service: ServiceName) => parsed.get(service)?.document;

describe('AsyncAPI document', () => {
  it.each(SERVICE_NAMES)('%s: valid AsyncAPI 3 with neither errors nor warnings', (service) => {
    expect(problems(parsed.get(service)?.diagnostics ?? [])).toEqual([]);
    expect(documentOf(service)?.version()).toMatch(/^3\./);
  });

  it('the validator fires: a document without info.version and with a dangling reference is refused', async () => {
    const broken = {
      asyncapi: '3.1.0',
      info: { title: 'broken' },
      channels: { inbox: { address: 'sx.prime-minister.inbox' } },
      operations: { receiveCaseMessage: { action: 'receive', channel: { $ref: '#/channels/nowhere' } } },
    };
    const { document, diagnostics } = await parser.parse(JSON.stringify(broken));
    expect(document).toBeUndefined();
    expect(problems(diagnostics).length).toBeGreaterThan(0);
  });

  it('describes the real topology: routing key <toService>.<type> on sx.exchange, the inbox queue, and what each service sends', () => {
    const document = documentOf('prime-minister');
    const outgoing = document?.channels().get('outgoingCaseMessages');
    expect(outgoing?.address()).toBe('{toService}.{messageType}');
    expect(outgoing?.bindings().get('amqp')?.value()).toMatchObject({ is: 'routingKey', exchange: { name: 'sx.exchange', type: 'topic' } });
    expect(document?.channels().get('inbox')?.address()).toBe('sx.prime-minister.inbox');
    const sent = document?.operations().get('publishCaseMessage')?.messages().all().map((m) => m.name()) ?? [];
    const expected = messageCatalog.list().filter((d) => d.from.includes('prime-minister')).map((d) => d.type);
    expect(sent.sort()).toEqual([...expected].sort());
    expect(sent).toContain('ApprovalGranted');
    expect(sent).not.toContain('ProposalSubmitted');
  });

  it('documents every webhook event type with the Standard Webhooks headers', () => {
    const delivered = documentOf('sending-body')?.operations().get('deliverWebhookEvent')?.messages().all() ?? [];
    expect(delivered.map((m) => m.name()).sort()).toEqual([...WEBHOOK_EVENT_TYPES].sort());
    expect(Object.keys(delivered[0]?.headers()?.properties() ?? {})).toEqual(['webhook-id', 'webhook-timestamp', 'webhook-signature']);
  });
});
