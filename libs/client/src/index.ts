// The typed client of the Secondment Exchange API: types generated from the services' OpenAPI
// documents (openapi-typescript, `npm run contracts:generate`), requests by openapi-fetch.
export { exchangeClient, ok, ExchangeError, type ExchangeClient, type RequestBody, type CaseResponse, type ErrorBody, type StepBody } from './exchange-client';
export type { components, operations, paths } from './generated/exchange-api';
