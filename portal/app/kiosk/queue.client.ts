import type { QueuedRating } from './rating';

/**
 * The tablet's queue of finished ratings, in IndexedDB (`suara-kiosk`, store `queue`, keyed by the
 * idempotency key). Every rating is written here before anything tries to send it, so a rating
 * survives a lost network, a reload, a crash or a flat battery; it leaves only when the API has
 * confirmed it (or staff delete it after exporting it as paper).
 */
export const DB_NAME = 'suara-kiosk';
export const STORE = 'queue';

let opening: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore(STORE, { keyPath: 'idempotencyKey' });
      store.createIndex('answeredAt', 'answeredAt');
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another tab (staff screen) upgrading later must not be blocked by this one.
      db.onversionchange = () => {
        db.close();
        opening = null;
      };
      resolve(db);
    };
    request.onerror = () => {
      opening = null;
      reject(request.error ?? new Error('IndexedDB could not be opened'));
    };
  });
  return opening;
}

function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/** Stores (or replaces) ratings; resolves once they are on disk. */
export async function putRatings(ratings: QueuedRating[]): Promise<void> {
  const db = await open();
  const tx = db.transaction(STORE, 'readwrite');
  for (const rating of ratings) tx.objectStore(STORE).put(rating);
  await done(tx);
}

/** Every queued rating, oldest answer first: the order they are sent in. */
export async function allRatings(): Promise<QueuedRating[]> {
  const db = await open();
  const tx = db.transaction(STORE, 'readonly');
  const request = tx.objectStore(STORE).index('answeredAt').getAll();
  await done(tx);
  return request.result as QueuedRating[];
}

export async function deleteRatings(keys: string[]): Promise<void> {
  const db = await open();
  const tx = db.transaction(STORE, 'readwrite');
  for (const key of keys) tx.objectStore(STORE).delete(key);
  await done(tx);
}

export interface QueueCounts {
  waiting: number;
  /** Stale (too old to send) and refused ratings: they wait for staff to export them. */
  stuck: number;
}

export async function queueCounts(): Promise<QueueCounts> {
  const all = await allRatings();
  const waiting = all.filter((r) => r.state === 'waiting').length;
  return { waiting, stuck: all.length - waiting };
}
