import { ProposalSubmittedV1 } from '../messages/proposal-submitted.v1.schema';
import { createCatalog } from './message-catalog';

// Add every message definition here (one line per type and version); the list is the catalog.
export const messageCatalog = createCatalog([ProposalSubmittedV1]);
