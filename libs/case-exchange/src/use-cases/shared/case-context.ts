import type { ServiceName } from '@sx/contracts';
import { legalDateOf, type LegalDate, type WorkingCalendar } from '@sx/rules';
import type { Logger } from 'pino';
import type { AgencyRegistry } from '../../agencies/agency-registry';
import type { CaseViewRepository } from '../../persistence/case-view.repository';
import type { FileStore } from '../../persistence/file.store';

/** What every use case of a service needs: its name, its stores, the agencies, and the clock. */
export interface CaseContext {
  readonly service: ServiceName;
  readonly cases: CaseViewRepository;
  readonly files: FileStore;
  readonly agencies: AgencyRegistry;
  readonly logger: Logger;
  readonly clock: () => Date;
  readonly maxFileBytes: number;
  /** TESTS ONLY: see `CaseModuleDeps.testMutant`. */
  readonly testMutant?: 'no-party-check';
  readonly calendar?: WorkingCalendar;
}

/** Today's legal date in Kazakhstan (Asia/Almaty), from the injected clock. */
export const todayOf = (ctx: Pick<CaseContext, 'clock'>): LegalDate => legalDateOf(ctx.clock());
