export { createHttpApp, type HttpApp, type HttpAppOptions } from './app/create-http-app';
export { listen, type RunningServer } from './app/listen';
export { readinessReport, type ReadinessCheck, type ReadinessReport, type CheckOutcome } from './app/readiness';
export { requestId } from './app/request-logging';

export { binaryBody } from './routes/binary-body';
export { readRawBody, isRawUpload, SHA256_HEADER, type RawBody, type RawBodyOptions } from './routes/raw-body';
export { invalidRequest, type RequestIssue } from './errors/invalid-request';
export { operatorKeyPaths } from './routes/request-validation';
export { DEFAULT_JSON_SHAPE, jsonShapeExceeded, type JsonShapeLimits } from './limits/json-shape';
export { DEFAULT_RATE_LIMITS, RateLimitsSchema, type RateLimits } from './limits/rate-limits';
export { issueText } from './i18n/issue-text';
export { defineRoute, type Route, type RouteDefinition, type HandlerContext, type Reply, type HttpMethod, type RequestSchemas, type ResponseSchemas } from './routes/route-definition';
export { openApiDocument, type OpenApiDocument, type OpenApiInfo } from './openapi/openapi-document';

export { IDEMPOTENCY_KEY_HEADER, REPLAYED_HEADER, type IdempotencyOptions } from './idempotency/idempotent-reply';
export type { IdempotencyRecord, IdempotencyStore, StoredResponse } from './idempotency/idempotency-store';

export { ApiError, ViolationsError, type Violation, type ErrorDetails } from './errors/api-error';
export { mapError, isViolation, type MappedError } from './errors/error-mapper';
export { MESSAGES, apiErrorText, type BuiltInCode } from './errors/messages';

export { chooseLanguage } from './i18n/accept-language';
export { LANGUAGES, type Language, type LocalizedText } from './i18n/localized-text';

export { callingAgency, systemActorOf, type Agency } from './auth/agency';
export { agencyAuth, type AgencyAuthOptions } from './auth/agency-auth';
export { agencyKeysSchema, apiKeysVariable, devApiKey, devApiKeys, type AgencyKeys } from './auth/agency-keys';
export { wrongService, type ServedElsewhere, type KeysServedElsewhere } from './auth/wrong-service';

export { onShutdown, type ShutdownStep, type ShutdownOptions, type Shutdown } from './lifecycle/on-shutdown';
export { parseConfig, formatConfigError, type ParseConfigOptions } from './config/parse-config';
export * from './auth/oidc-issuers';
export { tokenVerifier, tokenRefused, type TokenVerifier, type TokenFailure } from './auth/token-auth';
