// Storage policy: this module (src/db) is the only code that touches IndexedDB.
// - A captured original is stored first, exactly as captured, and never modified afterwards.
// - Binary data is stored as ArrayBuffer plus MIME type (StoredBinary), never as Blob.
// - Writes that belong together run in one readwrite transaction: all of them land or none does.
// - A full disk (QuotaExceededError) aborts the transaction, so no partial records remain, and
//   surfaces as DocumentError('storage-full') with a message saying how to make room.
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { DocumentError } from '../domain/document-error.ts';
import { SCHEMA_VERSION, upgradeSchema, type AppSchema, type AppStoreName } from './schema.ts';

export type AppDatabase = IDBPDatabase<AppSchema>;
export type WriteTransaction<Stores extends AppStoreName[]> = IDBPTransaction<
  AppSchema,
  Stores,
  'readwrite'
>;

export const defaultDatabaseName = 'invoice-capture';

const storageFullMessage =
  'The storage for this app is full, so nothing was saved. ' +
  'Delete documents you no longer need or free disk space on this device, then try again.';

const connections = new Map<string, Promise<AppDatabase>>();
const replacedListeners = new Set<() => void>();

/** Called when another tab upgrades the database and this tab's connection had to close. */
export function onDatabaseReplaced(listener: () => void): () => void {
  replacedListeners.add(listener);
  return () => replacedListeners.delete(listener);
}

/** One shared connection per database name, upgraded to the current schema on first use. */
export function openAppDatabase(name = defaultDatabaseName): Promise<AppDatabase> {
  const existing = connections.get(name);
  if (existing) return existing;
  const connection = openDB<AppSchema>(name, SCHEMA_VERSION, {
    upgrade: (db, oldVersion, _newVersion, tx) => upgradeSchema(db, oldVersion, tx),
    blocked: () => {
      // Another tab still holds the old version; it closes on 'versionchange' and we proceed.
      console.warn(`Waiting for other tabs to release the database "${name}" to upgrade it.`);
    },
    blocking: (_current, _blocked, event) => {
      // Another tab wants to upgrade: step aside so it can, and reopen on next use.
      (event.target as IDBDatabase).close();
      forget(name, connection);
      for (const listener of replacedListeners) listener();
    },
    terminated: () => forget(name, connection),
  });
  connections.set(name, connection);
  connection.catch(() => forget(name, connection));
  return connection;
}

/** Closes and forgets one connection, or all of them (for tests). */
export async function closeAppDatabase(name?: string): Promise<void> {
  const names = name === undefined ? [...connections.keys()] : [name];
  await Promise.all(
    names.map(async (each) => {
      const connection = connections.get(each);
      if (!connection) return;
      connections.delete(each);
      const db = await connection.catch(() => undefined);
      db?.close();
    }),
  );
}

function forget(name: string, connection: Promise<AppDatabase>): void {
  if (connections.get(name) === connection) connections.delete(name);
}

/** True for a QuotaExceededError, also when it is carried by a transaction, request or event. */
export function isQuotaExceeded(error: unknown): boolean {
  const carriers = [error, errorOf(error), errorOf(targetOf(error))];
  return carriers.some((value) => nameOf(value) === 'QuotaExceededError');
}

/** Runs `fn`, turning a full-storage failure into DocumentError('storage-full'). */
export async function withQuotaHandling<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (isQuotaExceeded(error)) throw new DocumentError('storage-full', storageFullMessage);
    throw error;
  }
}

/**
 * Runs `work` in one readwrite transaction over `stores` and waits for the commit. If anything
 * fails the transaction is aborted, so none of its writes remain. `work` must only await
 * requests of `tx`, or the transaction commits early.
 */
export function writeTransaction<const Stores extends AppStoreName[], T>(
  db: AppDatabase,
  stores: Stores,
  work: (tx: WriteTransaction<Stores>) => Promise<T>,
): Promise<T> {
  return withQuotaHandling(async () => {
    const tx = db.transaction(stores, 'readwrite');
    // Handled below; this keeps an early abort from being reported as an unhandled rejection.
    tx.done.catch(() => undefined);
    try {
      const result = await work(tx);
      await tx.done;
      return result;
    } catch (error) {
      abortQuietly(tx);
      await tx.done.catch(() => undefined);
      // A request cut off by the abort reports AbortError; the transaction's error says why.
      throw tx.error ?? error;
    }
  });
}

/**
 * Starts the requests in order and waits for all of them. If one cannot even start (it throws),
 * the ones already started are left to the transaction's abort without unhandled rejections.
 */
export function requestAll<T>(starts: Iterable<() => Promise<T>>): Promise<T[]> {
  const started: Promise<T>[] = [];
  try {
    for (const start of starts) started.push(start());
  } catch (error) {
    for (const request of started) request.catch(() => undefined);
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  return Promise.all(started);
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already aborted or finished.
  }
}

function nameOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null
    ? (value as { name?: unknown }).name
    : undefined;
}

function errorOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null
    ? (value as { error?: unknown }).error
    : undefined;
}

function targetOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null
    ? (value as { target?: unknown }).target
    : undefined;
}
