import type { ServiceName } from '@sx/contracts';
import { AgencyListSchema, type Agency } from './agency.schema';

/** The deployment's agencies, validated once at start-up; every lookup of an unknown id is an error. */
export class AgencyRegistry {
  private readonly byId: ReadonlyMap<string, Agency>;

  constructor(agencies: readonly Agency[]) {
    this.byId = new Map(AgencyListSchema.parse(agencies).map((a) => [a.id, a]));
  }

  static fromJson(json: unknown): AgencyRegistry {
    return new AgencyRegistry(AgencyListSchema.parse(json));
  }

  find(id: string): Agency | undefined {
    return this.byId.get(id);
  }

  get(id: string): Agency {
    const a = this.byId.get(id);
    if (!a) throw new RangeError(`unknown agency ${id}`);
    return a;
  }

  /** Agencies that act through the given service (its tenants). */
  servedBy(service: ServiceName): Agency[] {
    return [...this.byId.values()].filter((a) => a.services.includes(service));
  }

  all(): Agency[] {
    return [...this.byId.values()];
  }
}
