/**
 * The exchange's own metrics: what an operator asks of it. Counted where things happen (the libraries
 * call these functions); exported by whatever reader the bootstrap configured (otel.ts), or nowhere:
 * without a meter provider every instrument is a no-op and costs nothing.
 *
 * Names are OpenTelemetry's dotted names; Prometheus shows them with underscores, the unit and, for
 * counters, `_total` (sx.steps.taken → sx_steps_taken_total). Requests by route and status with their
 * latency come from the HTTP instrumentation (http.server.request.duration).
 */
import { context, metrics, type Attributes, type ObservableResult } from '@opentelemetry/api';
import { suppressTracing } from '@opentelemetry/core';

// Resolved on each use, not once at load: a module may be loaded before the SDK registered its provider.
const meter = () => metrics.getMeter('secondment-exchange');

type Counter = ReturnType<ReturnType<typeof meter>['createCounter']>;
type Histogram = ReturnType<ReturnType<typeof meter>['createHistogram']>;

const counters = new Map<string, Counter>();
const histograms = new Map<string, Histogram>();

function counter(name: string, description: string, unit = '{count}'): Counter {
  let c = counters.get(name);
  if (!c) counters.set(name, (c = meter().createCounter(name, { description, unit })));
  return c;
}

function histogram(name: string, description: string, unit: string, boundaries: number[]): Histogram {
  let h = histograms.get(name);
  if (!h) histograms.set(name, (h = meter().createHistogram(name, { description, unit, advice: { explicitBucketBoundaries: boundaries } })));
  return h;
}

/** A step this service took for its own agency (an official's or a system's act), by event type. */
export function stepTaken(type: string): void {
  counter('sx.steps.taken', 'Steps this service took for its agencies, by step type').add(1, { step_type: type });
}

/**
 * A step another party took, applied here, by type; with the hand-off latency: from the message's
 * issue at the other party to its application here (relay, broker, verification, commit).
 */
export function stepReceived(type: string, issuedAt: string | undefined): void {
  counter('sx.steps.received', 'Steps of other parties applied here, by step type').add(1, { step_type: type });
  const issued = issuedAt ? Date.parse(issuedAt) : NaN;
  if (Number.isNaN(issued)) return;
  histogram('sx.handoff.latency', 'From a message’s issue at the sending party to its step applied here', 's', [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300])
    .record(Math.max(0, (Date.now() - issued) / 1000), { step_type: type });
}

/** A message set aside on the dead-letter queue, by the reason code it carries (x-sx-dead-reason-code). */
export function deadLettered(reasonCode: string, queue: string): void {
  counter('sx.dead_letters', 'Messages dead-lettered by this service, by reason code').add(1, { reason: reasonCode, queue });
}

/** An alarm: something that must not happen did (a conflicting step, a forged record …), by code. */
export function alarmRaised(code: string): void {
  counter('sx.alarms', 'Alarms raised, by code').add(1, { code });
}

/** A command sent to the database, by name (find, insert, update …): load, and round trips per step. */
export function databaseCommand(command: string): void {
  counter('sx.db.commands', 'Commands this process sent to its database, by command').add(1, { command });
}

/** Entries appended to case logs (steps and local changes). */
export function caseLogAppended(entries: number): void {
  counter('sx.case_log.appends', 'Entries appended to case logs').add(entries);
}

export interface GaugeReading {
  readonly value: number;
  readonly attributes?: Attributes;
}

/**
 * A value read when metrics are collected (a scrape or an export), not kept up to date by the code:
 * outbox depth, relay lag, queue depth, overdue obligations. The reading may query the store or the
 * broker; a failed reading reports nothing rather than a wrong zero.
 */
export function observeGauge(name: string, description: string, unit: string, read: () => Promise<readonly GaugeReading[]>): void {
  meter()
    .createObservableGauge(name, { description, unit })
    .addCallback(async (result: ObservableResult) => {
      // The reading's own database and broker calls are not part of any case: no spans for them.
      const readings = await context.with(suppressTracing(context.active()), read).catch(() => []);
      for (const r of readings) result.observe(r.value, r.attributes);
    });
}

type ReceiptsReader = () => Promise<number> | number;
let receipts: ReceiptsReader | undefined;

/**
 * Hook for signed receipts: the receipt module registers how many receipts this service awaits (steps
 * sent whose recipient has not yet acknowledged them); `sx.receipts.outstanding` reports it.
 */
export function receiptsOutstanding(reader: ReceiptsReader): void {
  const first = receipts === undefined;
  receipts = reader;
  if (!first) return;
  observeGauge('sx.receipts.outstanding', 'Steps sent whose signed receipt has not come back yet', '{step}', async () =>
    receipts ? [{ value: await receipts() }] : [],
  );
}
