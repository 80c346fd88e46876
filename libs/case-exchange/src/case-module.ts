import type { Connection } from 'mongoose';
import type { ServiceName } from '@sx/contracts';
import type { Route } from '@sx/http-kit';
import type { EnvelopeHandler, OutboxStore } from '@sx/messaging';
import type { Logger } from 'pino';
import type { AgencyRegistry } from './agencies/agency-registry';

/** What a service's composition root hands the case module. */
export interface CaseModuleDeps {
  readonly service: ServiceName;
  /** This service's own database. */
  readonly connection: Connection;
  readonly agencies: AgencyRegistry;
  readonly logger: Logger;
  /** The instant "now"; the legal date of an act is derived from it in Asia/Almaty. Tests inject it. */
  readonly clock: () => Date;
  /** Largest stored document file, in bytes. */
  readonly maxFileBytes: number;
  /** Jaeger's query API, read for a case's traces (GET /cases/{id}/traces). */
  readonly jaegerQueryUrl?: string;
}

/** The case module of one service: its HTTP routes, its inbox handler, and its outbox for the relay. */
export interface CaseModule {
  readonly routes: readonly Route[];
  readonly handleMessage: EnvelopeHandler;
  readonly outboxStores: readonly OutboxStore[];
  /** Creates collections and indexes; call once before serving. */
  init(): Promise<void>;
  /** Starts the obligation sweeper (missed deadlines, due dates a new calendar year allows); stop it on shutdown. */
  startSweeper(intervalMs: number): { stop(): Promise<void> };
  /** Wire to the relay so a save publishes at once instead of at the next poll. */
  onOutboxAdded(listener: () => void): void;
}
