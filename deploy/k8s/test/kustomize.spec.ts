import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { SERVICE_NAMES } from '@sx/contracts';
import { manifestViolations, operationsViolations, parseManifests, type Manifest } from './manifest-invariants';

// Renders with the real kustomize (kubectl kustomize, or the CLI deploy/scripts/kustomize.sh builds
// from the Go module proxy), as `kubectl apply -k` would, and checks what would be applied.
const root = resolve(__dirname, '../../..');

function render(dir: string): Manifest[] {
  const yaml = execFileSync('bash', ['deploy/scripts/kustomize.sh', join('deploy/k8s', dir)], { cwd: root, encoding: 'utf8' });
  return parseManifests(parseAllDocuments(yaml).map((d) => d.toJSON() as unknown));
}

describe('Kubernetes manifests (deploy/k8s)', () => {
  jest.setTimeout(600_000); // the first run may build kustomize from the Go module proxy

  it.each(['overlays/local', 'overlays/production'])('%s: every service with ≥ 2 replicas, probes, resources, PDB and autoscaler; secrets only referenced; images pinned', (overlay) => {
    const manifests = render(overlay);
    expect(manifestViolations(SERVICE_NAMES, manifests)).toEqual([]);
    expect(manifests.filter((m) => m.kind === 'Deployment').map((m) => m.metadata.name).sort()).toEqual([...SERVICE_NAMES, 'otel-collector'].sort());
  });

  it('production is closed by default: network policies, one TLS ingress to the APIs, metrics only for monitoring, alerts and a dashboard', () => {
    const manifests = render('overlays/production');
    expect(operationsViolations(SERVICE_NAMES, manifests)).toEqual([]);
    // The Prometheus port is on its own Service, which the Ingress never names.
    const ingress = manifests.find((m) => m.kind === 'Ingress');
    expect(JSON.stringify(ingress?.spec)).not.toContain('sx-metrics');
    for (const service of SERVICE_NAMES) {
      const ports = JSON.stringify(manifests.find((m) => m.kind === 'Service' && m.metadata.name === service)?.spec?.['ports']);
      expect(ports).not.toContain('9464');
    }
  });

  it('production runs three replicas of each service and keeps two through a voluntary disruption', () => {
    const manifests = render('overlays/production');
    for (const service of SERVICE_NAMES) {
      expect(manifests.find((m) => m.kind === 'Deployment' && m.metadata.name === service)?.spec?.['replicas']).toBe(3);
      expect(manifests.find((m) => m.kind === 'PodDisruptionBudget' && m.metadata.name === service)?.spec?.['minAvailable']).toBe(2);
    }
  });

  it('services write to MongoDB with majority acknowledgement and send traces to the collector', () => {
    const config = render('overlays/production').find((m) => m.kind === 'ConfigMap' && m.metadata.name.startsWith('sx-service-config'));
    // Issue #20: behind the ingress, the client's address comes from the trusted proxies only.
    expect((config as unknown as { data: Record<string, string> }).data['SX_TRUSTED_PROXIES']).toMatch(/^\d+\.\d+\.\d+\.\d+\/\d+/);
    expect(config?.data).toMatchObject({ NODE_ENV: 'production', MONGO_DEPLOYMENT: 'replica-set', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector:4318' });
  });

  it('each check fires on an overlay that breaks it (test/fixtures/broken)', () => {
    const violations = manifestViolations(SERVICE_NAMES, render('test/fixtures/broken'));
    expect(violations).toEqual(
      expect.arrayContaining([
        'sending-body: 1 replica(s), needs ≥ 2',
        'receiving-body: readiness probe is not GET /ready',
        'receiving-body: no cpu and memory limits',
        'foreign-affairs: API_KEYS is inline, not a Secret reference',
        'presidential-administration: no PodDisruptionBudget selects its pods',
        'prime-minister: image secondment-exchange:latest is not pinned by tag',
        'Secret leaked carries values in the manifests',
        'RabbitMQ: no RabbitmqCluster of ≥ 3 nodes',
        'MongoDB: prime-minister has no user of its own limited to sx-prime-minister',
        'NetworkPolicy: no default deny of ingress and egress',
        'NetworkPolicy services: services may reach {} beyond the broker, database and collector',
        'Ingress: sending-body.exchange.example.kz without TLS',
        'PrometheusRule: no alert SxAlarm',
        'Dashboard: nothing shows sx_relay_lag',
      ]),
    );
  });
});
