// An agency system as it behaves against a scaled, failing deployment: each request goes to a
// random replica, and a refused connection (a killed process) is tried on another.
import type { ServiceName } from '@sx/contracts';
import { devApiKey } from '@sx/http-kit';
import { exchangeClient } from '@sx/client';
import { api, type ApiClient, type ApiResponse } from '@sx/testing';
import type { PartyApi } from '../support/party-api';
import type { Exchange } from '../support/exchange';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function resilientClient(x: Exchange, service: ServiceName, agencyId: string): PartyApi {
  const pick = (): ApiClient => {
    const live = x.replicas(service);
    const p = live[Math.floor(Math.random() * live.length)];
    if (!p) throw new Error(`${service} has no replica`);
    return api(p.baseUrl, devApiKey(agencyId));
  };
  const retry = async <T>(send: (c: ApiClient) => Promise<ApiResponse<T>>): Promise<ApiResponse<T>> => {
    for (let attempt = 1; ; attempt++) {
      try {
        const res = await send(pick());
        if (res.status !== 503 || attempt >= 30) return res;
      } catch (err) {
        if (attempt >= 30) throw err;
      }
      await sleep(200);
    }
  };
  // The typed client's requests take the same way: a live replica, again on 503 or a dropped connection.
  const retryingFetch = async (request: Request): Promise<Response> => {
    for (let attempt = 1; ; attempt++) {
      const target = new URL(request.url);
      target.host = new URL(x.replicas(service)[Math.floor(Math.random() * x.replicas(service).length)]?.baseUrl ?? request.url).host;
      try {
        const res = await fetch(new Request(target, request.clone()));
        if (res.status !== 503 || attempt >= 30) return res;
      } catch (err) {
        if (attempt >= 30) throw err;
      }
      await sleep(200);
    }
  };
  return {
    typed: exchangeClient(x.url(service), devApiKey(agencyId), { fetch: retryingFetch }),
    get: (path, o) => retry((c) => c.get(path, o)),
    delete: (path, o) => retry((c) => c.delete(path, o)),
    post: (path, body, o) => retry((c) => c.post(path, body, o)),
    put: (path, body, o) => retry((c) => c.put(path, body, o)),
    patch: (path, body, o) => retry((c) => c.patch(path, body, o)),
  };
}
