/**
 * What the driver may assume of the database behind the URL. FerretDB v1 (local runs and tests) is
 * one node on SQLite: no replication, so nothing to wait for and no retryable writes. A MongoDB
 * replica set (Kubernetes, production) must acknowledge a write on a majority before a case step
 * counts as saved, or a failover could lose a step the API already confirmed; retryable writes and
 * reads let one primary election pass unnoticed.
 */
export type MongoDeployment = 'ferretdb' | 'replica-set';

export interface MongoDriverSettings {
  readonly writeConcern: { readonly w: 1 | 'majority'; readonly journal: boolean };
  readonly retryWrites: boolean;
  readonly retryReads: boolean;
  readonly readConcern?: { readonly level: 'majority' };
}

export const MONGO_DEPLOYMENT_SETTINGS: Readonly<Record<MongoDeployment, MongoDriverSettings>> = {
  ferretdb: { writeConcern: { w: 1, journal: false }, retryWrites: false, retryReads: false },
  'replica-set': { writeConcern: { w: 'majority', journal: true }, retryWrites: true, retryReads: true, readConcern: { level: 'majority' } },
};
