import type { ServiceName } from '@sx/contracts';
import type { KeyRing } from '@sx/messaging';
import { legalDateOf, type LegalDate, type WorkingCalendar } from '@sx/rules';
import type { DueIndex, FileStore, NewLogEntry, ReceiptStore, RestoreMarkers } from '@sx/persistence';
import type { Logger } from 'pino';
import type { AgencyRegistry } from '../agencies/agency-registry';
import type { CaseView } from '../case-view/case-view.schema';
import type { CaseRecord, CaseViewStore } from '../case-view/case-record';
import type { ReceiptWatch } from '../receipts/receipt-watch';

/** What every use case of a service needs: its name, its stores, its keys, the agencies, and the clock. */
export interface CaseContext {
  readonly service: ServiceName;
  readonly cases: CaseViewStore;
  readonly dues: DueIndex;
  readonly files: FileStore;
  /** The receipts other parties sent for this service's steps. */
  readonly receipts: ReceiptStore;
  /** The cases restored from a backup, whose own later steps may come back from the other parties. */
  readonly restores?: RestoreMarkers;
  /** The receipts this process still waits for (alarms when one is late). */
  readonly receiptWatch?: ReceiptWatch;
  /** This service's signing key (it signs the steps it records) and every service's public keys. */
  readonly keys: KeyRing;
  readonly agencies: AgencyRegistry;
  readonly logger: Logger;
  readonly clock: () => Date;
  readonly maxFileBytes: number;
  /** TESTS ONLY: see `CaseModuleDeps.testMutant`. */
  readonly testMutant?: CaseTestMutant;
  /** TESTS ONLY (SX_TEST_STEP_DELAY_MS): a wait between a step's decision and its append. */
  readonly testStepDelayMs?: number;
  /** The working calendar in force now: a getter over the service's `CalendarSource`, so a reload is seen by the next step. */
  readonly calendar?: WorkingCalendar;
  /** The agencies served here with a webhook subscription, held in memory: a step adds its webhook notice only for them. */
  readonly subscribedAgencies?: () => ReadonlySet<string>;
  /** The commit subscriber: adds what rides with a change's entries (webhook notices), wired by the composition root. */
  readonly beforeCommit?: (current: CaseRecord | null, entries: readonly NewLogEntry<CaseView>[]) => readonly NewLogEntry<CaseView>[];
}

/**
 * TESTS ONLY (SX_TEST_MUTANT, read once by the service config and refused without SX_DEV_KEYS=1):
 * checks a test can switch off to show its detector fires.
 */
export type CaseTestMutant = 'no-party-check' | 'no-binding-check' | 'no-unique-append' | 'no-signatory-check';

/** Where the working calendar comes from; `current()` answers the calendar in force at that moment. */
export interface CalendarSource {
  current(): WorkingCalendar;
}

/** `ctx` whose `calendar` reads `source.current()` on every access (the rules' default calendar without a source). */
export function withCalendarSource<T extends object>(ctx: T, source: CalendarSource | undefined): T & { readonly calendar?: WorkingCalendar } {
  if (!source) return ctx;
  return Object.defineProperty({ ...ctx }, 'calendar', { get: () => source.current(), enumerable: true });
}

/** Today's legal date in Kazakhstan (Asia/Almaty), from the injected clock. */
export const todayOf = (ctx: Pick<CaseContext, 'clock'>): LegalDate => legalDateOf(ctx.clock());
