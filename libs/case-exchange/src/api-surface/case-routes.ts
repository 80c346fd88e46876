import type { Route } from '@sx/http-kit';
import type { PartyRole } from '@sx/rules';
import { actOnCaseRoute } from '../use-cases/act-on-case/act-on-case.http';
import { attachDocumentRoute } from '../use-cases/attach-document/attach-document.http';
import { downloadDocumentRoute } from '../use-cases/attach-document/download-document.http';
import { caseActsRoute } from '../use-cases/case-acts/case-acts.http';
import { caseAuditRoute } from '../use-cases/audit-case/audit-case.http';
import { caseEligibilityRoute } from '../use-cases/case-eligibility/case-eligibility.http';
import { caseTracesRoute } from '../use-cases/case-traces/case-traces.http';
import { openCaseRoute } from '../use-cases/open-case/open-case.http';
import { caseTimelineRoute, getCaseRoute, listCasesRoute } from '../use-cases/query-cases/query-cases.http';
import { metricsRoute } from '../use-cases/reference/metrics.http';
import { agenciesRoute, messageCatalogRoute, procedureRoute } from '../use-cases/reference/reference.http';
import { replaceCandidateRoute } from '../use-cases/replace-candidate/replace-candidate.http';
import type { CaseContext } from '../context/case-context';
import { checkProposalRoute, submitProposalRoute } from '../use-cases/submit-proposal/submit-proposal.http';

/** An operation with the party roles that take it; every party (and the public) when `takenBy` is absent. */
export interface RoleRoute {
  readonly route: Route;
  readonly takenBy?: readonly PartyRole[];
}

// Only the sender prepares a case: opens it, attaches the package, checks and submits it, and names
// another candidate after a refusal (R1 §12, §14; R2 §13, §15; R3 §12, §14).
const SENDER: readonly PartyRole[] = ['sender'];

/** Every operation of the case module, whichever service runs it. */
export function caseRoutes(ctx: CaseContext, jaegerQueryUrl: string): RoleRoute[] {
  return [
    { route: listCasesRoute(ctx) },
    { route: openCaseRoute(ctx), takenBy: SENDER },
    { route: getCaseRoute(ctx) },
    { route: caseTimelineRoute(ctx) },
    { route: caseAuditRoute(ctx) },
    { route: caseTracesRoute(ctx, jaegerQueryUrl) },
    { route: checkProposalRoute(ctx), takenBy: SENDER },
    { route: caseEligibilityRoute(ctx) },
    { route: attachDocumentRoute(ctx), takenBy: SENDER },
    { route: downloadDocumentRoute(ctx) },
    { route: replaceCandidateRoute(ctx), takenBy: SENDER },
    { route: submitProposalRoute(ctx), takenBy: SENDER },
    { route: caseActsRoute(ctx) },
    { route: actOnCaseRoute(ctx) },
    { route: procedureRoute() },
    { route: messageCatalogRoute() },
    { route: agenciesRoute(ctx) },
    { route: metricsRoute(ctx) },
  ];
}
