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
  return [...services.flatMap((s) => serviceViolations(s, all)), ...secretViolations(all), ...imageViolations(all), ...infraViolations(services, all)];
}
