// Hash routes: the service serves one index.html at /console/, so every page is a fragment and a
// reload never asks the server for a path it does not know.
export type Route =
  | { readonly page: 'cases' }
  | { readonly page: 'inbox' }
  | { readonly page: 'new' }
  | { readonly page: 'case'; readonly caseId: string }
  | { readonly page: 'trace'; readonly caseId: string };

const CASE_ID = /^[A-Za-z0-9][A-Za-z0-9_:-]{0,127}$/;

export function parseRoute(hash: string): Route {
  const [page, id] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if ((page === 'case' || page === 'trace') && id && CASE_ID.test(id)) return { page, caseId: id };
  if (page === 'inbox') return { page: 'inbox' };
  if (page === 'new') return { page: 'new' };
  return { page: 'cases' };
}

export function hrefOf(route: Route): string {
  return route.page === 'case' || route.page === 'trace' ? `#/${route.page}/${encodeURIComponent(route.caseId)}` : `#/${route.page}`;
}
