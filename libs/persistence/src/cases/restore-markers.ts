import type { Connection } from 'mongoose';
import { TypedCollection } from '../typed-collection';

interface RestoreMarkerDocument {
  readonly _id: string;
  /** How many steps the case's log held when its store was restored from a backup. */
  readonly steps: number;
  readonly restoredAt: string;
}

/**
 * The cases `npm run restore` rebuilt, with the steps each held: after a restore, steps this service
 * took after its last backup exist only at the other parties. Only for such a case, and only past
 * those steps, a record signed by this service that its store does not hold is taken back (recovery)
 * instead of being refused as CASE.UNKNOWN_OWN_RECORD. Read once at start (a restore happens while the
 * service is down); normally the collection is empty.
 */
export class RestoreMarkers {
  private readonly markers: TypedCollection<RestoreMarkerDocument>;
  private restored = new Map<string, number>();

  constructor(conn: Connection) {
    this.markers = new TypedCollection<RestoreMarkerDocument>(conn, 'restored_cases');
  }

  /** Loads the markers (once, at start). */
  async load(conn: Connection): Promise<void> {
    const db = conn.db;
    if (!db) throw new Error('mongo is not connected (restored_cases)');
    const docs = await db.collection<RestoreMarkerDocument>('restored_cases').find({}).toArray();
    this.restored = new Map(docs.map((d) => [d._id, d.steps]));
  }

  /** Notes that a case was restored holding `steps` steps (the restore tool). */
  async mark(caseId: string, steps: number, at: Date): Promise<void> {
    await this.markers.insertOnce({ _id: caseId, steps, restoredAt: at.toISOString() });
  }

  /** The steps a restored case held when it was restored; undefined for a case never restored. */
  restoredSteps(caseId: string): number | undefined {
    return this.restored.get(caseId);
  }
}
