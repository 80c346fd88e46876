// Tests only: helpers for component and e2e tests that run services as real processes.
export { getFreePort } from './free-port';
export { waitFor, type WaitOptions } from './wait-for';
export { api, type ApiClient, type ApiResponse, type RequestOptions } from './api-client';
export { readSpans, spansOfTrace, ancestry, type SpanRecord } from './read-spans';
export { ProcessOutput } from './process-output';
export { startServiceProcess, nodeArgs, REPO_ROOT, BUILT_OTEL_BOOTSTRAP, type ServiceProcess, type ServiceProcessOptions, type ExitStatus } from './service-process';
export { SupervisedService, restartBackoff, type SupervisionEvents, type SupervisionOptions } from './supervised-service';
export { diagnoseStartup, type StartupDiagnosis, type StartupWait } from './startup-diagnosis';
export { signInAs } from './oidc-sign-in';
