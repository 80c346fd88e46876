import { playsAnyRole, type ServiceName } from '@sx/contracts';
import type { Route } from '@sx/http-kit';
import type { RoleRoute } from './case-routes';

export interface ServiceSurface {
  /** Served and published in the service's OpenAPI document. */
  readonly served: readonly Route[];
  /** Taken only by roles the service never plays: answered 404 ROUTE.NOT_SERVED, not published. */
  readonly withheld: readonly Route[];
}

/** The one place that decides which operations a service serves: by the roles it plays (SERVICE_ROLES). */
export function serviceSurface(service: ServiceName, routes: readonly RoleRoute[]): ServiceSurface {
  const serves = (r: RoleRoute): boolean => r.takenBy === undefined || playsAnyRole(service, r.takenBy);
  return { served: routes.filter(serves).map((r) => r.route), withheld: routes.filter((r) => !serves(r)).map((r) => r.route) };
}
