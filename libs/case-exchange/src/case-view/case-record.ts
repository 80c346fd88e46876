import type { CaseSnapshot, CaseStore } from '@sx/persistence';
import type { CaseView } from './case-view.schema';

// The stores are generic (@sx/persistence sits below this module); these name them with this module's view.
export type CaseRecord = CaseSnapshot<CaseView>;
export type CaseViewStore = CaseStore<CaseView>;
