import { CASE_EVENT_MESSAGES } from '../messages/case-event.schema';
import { StepReceiptMessage } from '../messages/step-receipt.schema';
import { createCatalog } from './message-catalog';

// Every message definition, one entry per type and version: the list is the catalog. A new version
// of a message is added beside the old one, never in its place, so services can be upgraded one by one.
export const messageCatalog = createCatalog([...CASE_EVENT_MESSAGES, StepReceiptMessage]);
