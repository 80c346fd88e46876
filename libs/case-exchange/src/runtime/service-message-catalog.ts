import { CASE_EVENT_MESSAGES, createCatalog } from '@sx/contracts';
import { ObligationsDueNotice } from '../use-cases/sweep-obligations/obligations-due.message';
import { StepsCommittedNotice } from '../webhooks/step-notice.message';

/** What a service's inbox accepts: the case messages of the catalog, and its notes to itself (step notices, due cases). */
export const serviceMessageCatalog = createCatalog([...CASE_EVENT_MESSAGES, StepsCommittedNotice, ObligationsDueNotice]);
