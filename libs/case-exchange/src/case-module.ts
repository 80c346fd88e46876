import type { Connection } from 'mongoose';
import type { Envelope, ServiceName } from '@sx/contracts';
import type { IdempotencyStore, Route } from '@sx/http-kit';
import type { AmqpConnection, EnvelopeHandler, KeyRing, OutboxStore, PendingOutbox } from '@sx/messaging';
import type { Logger } from 'pino';
import type { AgencyRegistry } from './agencies/agency-registry';
import type { CalendarSource, CaseTestMutant } from './context/case-context';
import type { WebhookSettings } from './webhooks/webhook-settings';

/** What a service's composition root hands the case module. */
export interface CaseModuleDeps {
  readonly service: ServiceName;
  /** This service's own database. */
  readonly connection: Connection;
  readonly agencies: AgencyRegistry;
  /** This service's signing key and every service's public keys (the same ring as its messages'). */
  readonly keys: KeyRing;
  readonly logger: Logger;
  /** The instant "now"; the legal date of an act is derived from it in Asia/Almaty. Tests inject it. */
  readonly clock: () => Date;
  /** Largest stored document file, in bytes. */
  readonly maxFileBytes: number;
  /** The working calendar, reloadable by the operator (SX_CALENDAR_DIR); the shipped one when left out. */
  readonly calendarSource?: CalendarSource;
  /** TESTS ONLY (SX_TEST_MUTANT): a check switched off (party, binding, unique append, signatory), so its detector can show it fires. */
  readonly testMutant?: CaseTestMutant;
  /** TESTS ONLY (SX_TEST_STEP_DELAY_MS): both racing requests of an e2e test decide before either appends. */
  readonly testStepDelayMs?: number;
  /** Jaeger's query API, read for a case's traces (GET /cases/{id}/traces). */
  readonly jaegerQueryUrl?: string;
  /** A step told to another party and not receipted within this long raises RECEIPT.OVERDUE (default 10 minutes). */
  readonly receiptAlarmAfterMs?: number;
  /** Webhook retries, SSRF allow-list and reminder days; the defaults when left out. */
  readonly webhooks?: WebhookSettings;
}

/** The case module of one service: its HTTP routes, its inbox handler, and its outbox for the relay. */
export interface CaseModule {
  /** The operations this service serves: those of the roles it plays (api-surface/service-surface.ts). */
  readonly routes: readonly Route[];
  /** The operations only other services serve: 404 ROUTE.NOT_SERVED here, after authentication. */
  readonly withheldRoutes: readonly Route[];
  readonly handleMessage: EnvelopeHandler;
  readonly outbox: OutboxStore;
  /** Where the agencies' Idempotency-Key claims are kept (hand it to the HTTP app). */
  readonly idempotency: IdempotencyStore;
  /** Adds the file contents a message carries just before it is published. */
  readonly prepareMessage: (envelope: Envelope) => Promise<Envelope>;
  /** Creates collections and indexes; call once before serving. */
  init(): Promise<void>;
  /**
   * Starts the obligation sweeper (missed deadlines, due dates a new calendar year allows): it finds
   * the cases and hands them to the workers of any replica through `publishAll` (this service's own
   * inbox, confirmed). Stop it on shutdown.
   */
  startSweeper(intervalMs: number, publishAll: (envelopes: readonly Envelope[]) => Promise<void>): { stop(): Promise<void> };
  /** Starts the pass that raises RECEIPT.OVERDUE for steps other parties have not receipted in time; stop it on shutdown. */
  startReceiptWatch(intervalMs: number): { stop(): Promise<void> };
  /** Steps this process told other parties of whose receipt has not come yet (for /metrics). */
  receiptsOutstanding(): number;
  /** Writes what waits to be written (case snapshots); call after the last change, before disconnecting. */
  flush(): Promise<void>;
  /** Opens the webhook delivery queue and starts the reminder passes (before the inbox is consumed); stop it on shutdown. */
  startWebhooks(amqp: { connection: AmqpConnection; prefix: string | undefined }): Promise<{ stop(): Promise<void> }>;
  /** Answers every held read (GET /cases/{id}?afterSeq) at once; call when shutdown begins. */
  releaseHeldReads(): void;
  /** Wire to the relay's fast path: the messages of every committed change, at once. */
  onCommitted(listener: (pending: PendingOutbox) => void): void;
  /** Registers the store's readings for operators (outbox depth, relay lag, overdue obligations by agency). */
  readonly observeGauges: () => void;
}
