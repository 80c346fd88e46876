// The invariants every rendered overlay must keep, as one pure check that lists each violation.
// kustomize.spec.ts runs it on both overlays (none expected) and on a deliberately broken overlay
// (test/fixtures/broken), which proves each check can fire.
import { z } from 'zod';

const probe = z.object({ httpGet: z.object({ path: z.string() }).optional() }).optional();
const quantity = z.union([z.string(), z.number()]);
const envVar = z.object({
  name: z.string(),
  value: z.string().optional(),
  valueFrom: z.object({ secretKeyRef: z.object({ name: z.string(), key: z.string() }).optional() }).passthrough().optional(),
});
const container = z.object({
  name: z.string(),
  image: z.string(),
  env: z.array(envVar).optional(),
  readinessProbe: probe,
  livenessProbe: probe,
  resources: z.object({ requests: z.record(z.string(), quantity).optional(), limits: z.record(z.string(), quantity).optional() }).optional(),
});
const manifest = z.object({
  apiVersion: z.string(),
  kind: z.string(),
  metadata: z.object({ name: z.string(), labels: z.record(z.string(), z.string()).optional() }),
  spec: z.record(z.string(), z.unknown()).optional(),
  data: z.record(z.string(), z.string()).optional(),
  stringData: z.record(z.string(), z.string()).optional(),
});
export type Manifest = z.infer<typeof manifest>;

const deploymentSpec = z.object({
  replicas: z.number(),
  selector: z.object({ matchLabels: z.record(z.string(), z.string()) }),
  template: z.object({ spec: z.object({ containers: z.array(container).min(1) }) }),
});
const pdbSpec = z.object({ selector: z.object({ matchLabels: z.record(z.string(), z.string()) }) });
const hpaSpec = z.object({ scaleTargetRef: z.object({ kind: z.string(), name: z.string() }), minReplicas: z.number() });
const rabbitSpec = z.object({ replicas: z.number(), image: z.string() });
const mongoSpec = z.object({ members: z.number(), version: z.string(), users: z.array(z.object({ name: z.string(), db: z.string(), roles: z.array(z.object({ name: z.string(), db: z.string() })) })) });

// Variables whose values are credentials: they must come from a Secret, never a literal.
const SECRET_VARIABLE = /^(API_KEYS|SX_SIGNING_PRIVATE_KEY|AMQP_URL|MONGO_URL_.*)$|PASSWORD|SECRET|TOKEN/;
const SECRET_VALUE = /PRIVATE KEY|:\/\/[^/\s:@]+:[^/\s@]+@/;

export function parseManifests(documents: readonly unknown[]): Manifest[] {
  return documents.filter((d) => d !== null).map((d) => manifest.parse(d));
}

/** A pinned tag: `name:tag` with a tag that is not `latest` (a digest also pins). */
function pinned(image: string): boolean {
  if (image.includes('@sha256:')) return true;
  const tag = /:([\w][\w.-]*)$/.exec(image.split('/').pop() ?? '')?.[1];
  return tag !== undefined && tag !== 'latest';
}

const matches = (selector: Record<string, string>, labels: Record<string, string>): boolean =>
  Object.entries(selector).every(([k, v]) => labels[k] === v);

function serviceViolations(service: string, all: readonly Manifest[]): string[] {
  const of = (kind: string) => all.find((m) => m.kind === kind && m.metadata.name === service);
  const deployment = of('Deployment');
  if (!deployment) return [`${service}: no Deployment`];
  const spec = deploymentSpec.parse(deployment.spec);
  const out: string[] = [];
  if (spec.replicas < 2) out.push(`${service}: ${spec.replicas} replica(s), needs ≥ 2`);
  for (const c of spec.template.spec.containers) {
    if (c.readinessProbe?.httpGet?.path !== '/ready') out.push(`${service}: readiness probe is not GET /ready`);
    if (c.livenessProbe?.httpGet?.path !== '/health') out.push(`${service}: liveness probe is not GET /health`);
    for (const part of ['requests', 'limits'] as const) {
      if (!c.resources?.[part]?.['cpu'] || !c.resources[part]['memory']) out.push(`${service}: no cpu and memory ${part}`);
    }
  }
  const pdb = all.find((m) => m.kind === 'PodDisruptionBudget' && matches(pdbSpec.parse(m.spec).selector.matchLabels, spec.selector.matchLabels));
  if (!pdb) out.push(`${service}: no PodDisruptionBudget selects its pods`);
  const hpa = all.find((m) => m.kind === 'HorizontalPodAutoscaler' && hpaSpec.parse(m.spec).scaleTargetRef.name === service);
  if (!hpa) out.push(`${service}: no HorizontalPodAutoscaler`);
  else if (hpaSpec.parse(hpa.spec).minReplicas < 2) out.push(`${service}: autoscaler may go below 2 replicas`);
  if (!of('Service')) out.push(`${service}: no Service`);
  return out;
}

function secretViolations(all: readonly Manifest[]): string[] {
  const out: string[] = [];
  for (const m of all) {
    if (m.kind === 'Secret' && (m.data || m.stringData)) out.push(`Secret ${m.metadata.name} carries values in the manifests`);
    for (const [key, value] of Object.entries(m.data ?? {})) {
      if (SECRET_VARIABLE.test(key) || SECRET_VALUE.test(value)) out.push(`${m.kind} ${m.metadata.name}: ${key} looks like a credential`);
    }
    if (m.kind !== 'Deployment') continue;
    for (const c of deploymentSpec.parse(m.spec).template.spec.containers) {
      for (const e of c.env ?? []) {
        if (e.value !== undefined && (SECRET_VARIABLE.test(e.name) || SECRET_VALUE.test(e.value))) out.push(`${m.metadata.name}: ${e.name} is inline, not a Secret reference`);
      }
    }
  }
  return out;
}

function imageViolations(all: readonly Manifest[]): string[] {
  const images = all.flatMap((m) => {
    if (m.kind === 'Deployment') return deploymentSpec.parse(m.spec).template.spec.containers.map((c) => [m.metadata.name, c.image] as const);
    if (m.kind === 'RabbitmqCluster') return [[m.metadata.name, rabbitSpec.parse(m.spec).image] as const];
    return [];
  });
  return images.filter(([, image]) => !pinned(image)).map(([name, image]) => `${name}: image ${image} is not pinned by tag`);
}

function infraViolations(services: readonly string[], all: readonly Manifest[]): string[] {
  const out: string[] = [];
  const rabbit = all.find((m) => m.kind === 'RabbitmqCluster');
  if (!rabbit || rabbitSpec.parse(rabbit.spec).replicas < 3) out.push('RabbitMQ: no RabbitmqCluster of ≥ 3 nodes');
  const mongo = all.find((m) => m.kind === 'MongoDBCommunity');
  const mongoDb = mongo ? mongoSpec.parse(mongo.spec) : undefined;
  if (!mongoDb || mongoDb.members < 3) out.push('MongoDB: no replica set of ≥ 3 members');
  for (const service of services) {
    const user = mongoDb?.users.find((u) => u.name === service);
    const ownDb = `sx-${service}`;
    if (!user || user.db !== ownDb || user.roles.some((r) => r.db !== ownDb)) out.push(`MongoDB: ${service} has no user of its own limited to ${ownDb}`);
  }
  if (!all.some((m) => m.kind === 'Deployment' && m.metadata.name === 'otel-collector')) out.push('no OpenTelemetry Collector');
  return out;
}

export function manifestViolations(services: readonly string[], all: readonly Manifest[]): string[] {
  return [
    ...services.flatMap((s) => serviceViolations(s, all)), ...secretViolations(all), ...imageViolations(all), ...infraViolations(services, all),
    ...operationsViolations(services, all),
  ];
}

// ── Operations: closed network, TLS ingress, metrics for monitoring only, alerts, dashboard ──

const peer = z.object({
  podSelector: z.object({ matchLabels: z.record(z.string(), z.string()).optional() }).optional(),
  namespaceSelector: z.object({ matchLabels: z.record(z.string(), z.string()).optional() }).optional(),
  ipBlock: z.object({ cidr: z.string(), except: z.array(z.string()).optional() }).optional(),
});
const policyRule = z.object({ to: z.array(peer).optional(), from: z.array(peer).optional(), ports: z.array(z.object({ port: z.union([z.number(), z.string()]) })).optional() });
const policySpec = z.object({
  podSelector: z.object({ matchLabels: z.record(z.string(), z.string()).optional() }),
  policyTypes: z.array(z.string()),
  ingress: z.array(policyRule).optional(),
  egress: z.array(policyRule).optional(),
});
const ingressSpec = z.object({
  tls: z.array(z.object({ hosts: z.array(z.string()), secretName: z.string() })).optional(),
  rules: z.array(z.object({ host: z.string(), http: z.object({ paths: z.array(z.object({ backend: z.object({ service: z.object({ name: z.string(), port: z.object({ name: z.string() }) }) }) })) }) })),
});
const ruleSpec = z.object({ groups: z.array(z.object({ rules: z.array(z.object({ alert: z.string().optional(), expr: z.string() })) })) });
const dashboard = z.object({ panels: z.array(z.object({ title: z.string(), targets: z.array(z.object({ expr: z.string() })) })).min(1) });

/** The alerts the README explains; each must exist. */
export const REQUIRED_ALERTS = ['SxDeadLetters', 'SxAlarm', 'SxRelayLag', 'SxOverdueGrowing', 'SxServiceNotReady'] as const;
/** What the dashboard must show: one panel at least per operator question. */
export const DASHBOARD_METRICS = [
  'http_server_request_duration', 'sx_steps_taken_total', 'sx_steps_received_total', 'sx_handoff_latency', 'sx_outbox_depth', 'sx_relay_lag',
  'sx_queue_depth', 'sx_dead_letters_total', 'sx_alarms_total', 'sx_receipts_outstanding', 'sx_obligations_overdue',
] as const;

const SERVICE_PODS = { 'app.kubernetes.io/component': 'service' };
// Where a service may go: the broker, the database, the collector (and public HTTPS for webhooks).
const ALLOWED_EGRESS: readonly Record<string, string>[] = [{ 'app.kubernetes.io/name': 'rabbitmq' }, { app: 'sx-mongo-svc' }, { 'app.kubernetes.io/name': 'otel-collector' }];
const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'];

const sameLabels = (a: Record<string, string> | undefined, b: Record<string, string>): boolean =>
  a !== undefined && Object.keys(a).length === Object.keys(b).length && matches(b, a);

function networkViolations(all: readonly Manifest[]): string[] {
  const policies = all.filter((m) => m.kind === 'NetworkPolicy').map((m) => ({ name: m.metadata.name, spec: policySpec.parse(m.spec) }));
  const out: string[] = [];
  const deny = policies.some((p) => Object.keys(p.spec.podSelector.matchLabels ?? {}).length === 0 && p.spec.policyTypes.includes('Ingress') && p.spec.policyTypes.includes('Egress') && !p.spec.ingress && !p.spec.egress);
  if (!deny) out.push('NetworkPolicy: no default deny of ingress and egress');
  const services = policies.filter((p) => sameLabels(p.spec.podSelector.matchLabels, SERVICE_PODS));
  if (services.length === 0) out.push('NetworkPolicy: none selects the services');
  for (const p of services) {
    for (const rule of p.spec.egress ?? []) {
      for (const to of rule.to ?? [{}]) {
        const allowedPods = to.podSelector && !to.namespaceSelector && ALLOWED_EGRESS.some((l) => sameLabels(to.podSelector?.matchLabels, l));
        const publicHttps = to.ipBlock && PRIVATE_RANGES.every((r) => to.ipBlock?.except?.includes(r)) && (rule.ports ?? []).every((x) => x.port === 443) && (rule.ports ?? []).length > 0;
        if (!allowedPods && !publicHttps) out.push(`NetworkPolicy ${p.name}: services may reach ${JSON.stringify(to)} beyond the broker, database and collector`);
      }
    }
    for (const rule of p.spec.ingress ?? []) {
      const ports = (rule.ports ?? []).map((x) => x.port);
      if (ports.length === 0 || ports.some((x) => x !== 3000 && x !== 9464)) out.push(`NetworkPolicy ${p.name}: services reachable on ports other than the API and metrics`);
      if (!rule.from || rule.from.some((f) => !f.namespaceSelector)) out.push(`NetworkPolicy ${p.name}: services reachable from anywhere`);
    }
  }
  return out;
}

function edgeViolations(services: readonly string[], all: readonly Manifest[]): string[] {
  const out: string[] = [];
  const ingresses = all.filter((m) => m.kind === 'Ingress').map((m) => ingressSpec.parse(m.spec));
  if (ingresses.length === 0) out.push('Ingress: none');
  for (const ing of ingresses) {
    const tlsHosts = new Set((ing.tls ?? []).flatMap((t) => t.hosts));
    for (const rule of ing.rules) {
      if (!tlsHosts.has(rule.host)) out.push(`Ingress: ${rule.host} without TLS`);
      for (const path of rule.http.paths) {
        const b = path.backend.service;
        if (!services.includes(b.name) || b.port.name !== 'http') out.push(`Ingress: ${rule.host} routes to ${b.name}:${b.port.name}, not a service's API`);
      }
    }
  }
  const monitors = all.filter((m) => m.kind === 'ServiceMonitor');
  const metricsService = all.find((m) => m.kind === 'Service' && monitors.some((sm) => matches(((sm.spec?.['selector'] ?? {}) as { matchLabels?: Record<string, string> }).matchLabels ?? { none: 'none' }, m.metadata.labels ?? {})));
  if (!metricsService) out.push('ServiceMonitor: none selects a metrics Service');
  return out;
}

function alertingViolations(all: readonly Manifest[]): string[] {
  const alerts = new Set(all.filter((m) => m.kind === 'PrometheusRule').flatMap((m) => ruleSpec.parse(m.spec).groups.flatMap((g) => g.rules.map((r) => r.alert))));
  const out = REQUIRED_ALERTS.filter((a) => !alerts.has(a)).map((a) => `PrometheusRule: no alert ${a}`);
  const board = all.find((m) => m.kind === 'ConfigMap' && m.metadata.labels?.['grafana_dashboard'] === '1');
  const json = board ? Object.values(board.data ?? {})[0] : undefined;
  if (!json) return [...out, 'Dashboard: no ConfigMap labelled grafana_dashboard'];
  const exprs = dashboard.parse(JSON.parse(json)).panels.flatMap((p) => p.targets.map((t) => t.expr)).join('\n');
  return [...out, ...DASHBOARD_METRICS.filter((m) => !exprs.includes(m)).map((m) => `Dashboard: nothing shows ${m}`)];
}

export function operationsViolations(services: readonly string[], all: readonly Manifest[]): string[] {
  return [...networkViolations(all), ...edgeViolations(services, all), ...alertingViolations(all)];
}
