// The typed client of the Secondment Exchange API: types generated from the services' OpenAPI
// documents (openapi-typescript, `npm run contracts:generate`), requests by openapi-fetch.
export { exchangeClient, type ExchangeClient, type ResponseBody, type CaseResponse, type ErrorBody } from './exchange-client';
export type { components, operations, paths } from './generated/exchange-api';
