import type { CaseStatus } from '@sx/rules';
import type { CaseView } from './case-view.schema';

// The package of the current candidate can be changed only before it is sent: in a draft, or after a
// refusal when the sender prepares another candidate (R1 §14, R2 §15, R3 §14).
const EDITABLE: readonly CaseStatus[] = ['draft', 'proposal-refused'];

export const packageEditable = (view: CaseView): boolean => EDITABLE.includes(view.status);

/** The number of the proposal being prepared: 1 for the first candidate, 2 for the first replacement … */
export const proposalInPreparation = (view: CaseView): number => view.procedure.proposals + (packageEditable(view) ? 1 : 0);

/** The documents of the current candidate's package. */
export const currentPackage = (view: CaseView) => Object.values(view.documents).filter((d) => d.proposal === proposalInPreparation(view));
