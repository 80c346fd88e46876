import type { Connection } from 'mongoose';

const known = new WeakMap<Connection, Promise<boolean>>();

/**
 * Whether the server behind a connection is FerretDB (its `buildInfo` names its own version). On
 * FerretDB v1 only filters on `_id` reach SQL, so a secondary index serves no query; it is still
 * maintained on every write, by parsing the whole stored JSON per index (measured: with the two list
 * indexes, a snapshot replace cost about 20 inserts). Such indexes are created on MongoDB only.
 */
export function isFerretDb(conn: Connection): Promise<boolean> {
  let answer = known.get(conn);
  if (!answer) {
    const db = conn.db;
    if (!db) return Promise.reject(new Error('mongo is not connected'));
    answer = db.admin().command({ buildInfo: 1 }).then((info) => typeof info['ferretdbVersion'] === 'string');
    known.set(conn, answer);
  }
  return answer;
}
