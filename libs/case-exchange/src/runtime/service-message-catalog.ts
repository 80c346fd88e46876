import { CASE_EVENT_MESSAGES, createCatalog, StepReceiptMessage } from '@sx/contracts';
import { ObligationsDueNotice } from '../use-cases/sweep-obligations/obligations-due.message';
import { StepsCommittedNotice } from '../webhooks/step-notice.message';

/** What a service's inbox accepts: the case messages and receipts of the catalog, and its notes to itself (step notices, due cases). */
export const serviceMessageCatalog = createCatalog([...CASE_EVENT_MESSAGES, StepReceiptMessage, StepsCommittedNotice, ObligationsDueNotice]);
