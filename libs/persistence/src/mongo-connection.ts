import mongoose, { type Connection } from 'mongoose';
import { countCommands } from './command-counter';
import { errorInfo, silentLogger, type LogSink } from '@sx/observability';
import { MONGO_DEPLOYMENT_SETTINGS, type MongoDeployment } from './mongo-deployment';

export interface MongoOptions {
  url: string;
  /** Overrides the database of the URL (tests use a unique one per run). */
  dbName?: string;
  logger?: LogSink;
  serverSelectionTimeoutMS?: number;
  /** Write concern and retries for the database behind the URL (default: FerretDB's). */
  deployment?: MongoDeployment;
}

/**
 * Schema options every model of ours uses. `strictQuery: 'throw'` because a silently stripped
 * filter key turns a filter into `{}`; `minimize: false` keeps emptied maps as `{}`, which the
 * outbox flag relies on.
 */
export const SAFE_SCHEMA_OPTIONS = { strict: 'throw', strictQuery: 'throw', minimize: false, versionKey: false } as const;

/** Process-wide defaults for schemas created anywhere in the app (mongoose reads them at schema creation). */
export function applyMongooseDefaults(): void {
  mongoose.set('strictQuery', 'throw');
  mongoose.set('sanitizeFilter', true);
}

/** Opens a dedicated connection (not the global one, so tests and tenants can use their own databases). */
export async function connectMongo(options: MongoOptions): Promise<Connection> {
  applyMongooseDefaults();
  const logger = options.logger ?? silentLogger;
  const driver = MONGO_DEPLOYMENT_SETTINGS[options.deployment ?? 'ferretdb'];
  const conn = mongoose.createConnection(options.url, {
    ...driver,
    ...(options.dbName ? { dbName: options.dbName } : {}),
    sanitizeFilter: true,
    // Indexes are created explicitly at startup (`ensureIndexes`), never as a side effect of a query.
    autoIndex: false,
    autoCreate: false,
    serverSelectionTimeoutMS: options.serverSelectionTimeoutMS ?? 10_000,
    monitorCommands: true,
  });
  countCommands(conn);
  conn.on('disconnected', () => logger.warn({}, 'mongo disconnected'));
  conn.on('reconnected', () => logger.info({}, 'mongo reconnected'));
  conn.on('error', (err: unknown) => logger.error(errorInfo(err), 'mongo connection error'));
  await conn.asPromise();
  if (!(await pingMongo(conn))) throw new Error('mongo ping failed after connect');
  logger.info({ db: conn.name, deployment: options.deployment ?? 'ferretdb' }, 'mongo connected');
  return conn;
}

/** Readiness: true when the server answers a ping within the driver's timeout. */
export async function pingMongo(conn: Connection): Promise<boolean> {
  try {
    const db = conn.db;
    if (!db) return false;
    const res = await db.command({ ping: 1 });
    return res['ok'] === 1;
  } catch {
    return false;
  }
}

export async function disconnectMongo(conn: Connection): Promise<void> {
  await conn.close();
}
