import type { ServiceName } from '@sx/contracts';
import type { KeyRing } from '@sx/messaging';
import { legalDateOf, type LegalDate, type WorkingCalendar } from '@sx/rules';
import type { Logger } from 'pino';
import type { AgencyRegistry } from '../../agencies/agency-registry';
import type { CaseStore } from '../../persistence/case.store';
import type { DueIndex } from '../../persistence/due-index';
import type { FileStore } from '../../persistence/file.store';

/** What every use case of a service needs: its name, its stores, its keys, the agencies, and the clock. */
export interface CaseContext {
  readonly service: ServiceName;
  readonly cases: CaseStore;
  readonly dues: DueIndex;
  readonly files: FileStore;
  /** This service's signing key (it signs the steps it records) and every service's public keys. */
  readonly keys: KeyRing;
  readonly agencies: AgencyRegistry;
  readonly logger: Logger;
  readonly clock: () => Date;
  readonly maxFileBytes: number;
  readonly calendar?: WorkingCalendar;
}

/** Today's legal date in Kazakhstan (Asia/Almaty), from the injected clock. */
export const todayOf = (ctx: Pick<CaseContext, 'clock'>): LegalDate => legalDateOf(ctx.clock());
