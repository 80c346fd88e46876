import { exchangeClient, type ExchangeClient } from '@sx/client';
import { api, type ApiClient } from '@sx/testing';

/**
 * What a test holds for one agency at one service: the typed client (`typed`, @sx/client) for calls
 * that follow the contract, and the raw methods for tests that send malformed or refused requests.
 */
export type PartyApi = ApiClient & { readonly typed: ExchangeClient };

export const partyApi = (baseUrl: string, apiKey?: string): PartyApi => ({ ...api(baseUrl, apiKey), typed: exchangeClient(baseUrl, apiKey) });
