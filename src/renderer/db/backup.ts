/**
 * The whole workspace in and out of a backup: read in one transaction (a consistent picture),
 * restored in one transaction (all or nothing). Replace puts the backup in place of everything;
 * merge adds only what is missing — declarations whose id and LRN are both new, reference data
 * whose key is new — and never changes what is there. Both store only rows the backup check
 * (backup-check.ts) has parsed and rebuilt: a backup is untrusted input.
 */
import type { Table } from 'dexie'
import {
  BACKUP_TABLES,
  BackupWriter,
  type BackupPayload,
  type BackupTable,
} from '../../shared/backup/format'
import type { JsonObject } from '../../shared/json'
import { checkedRows, type CheckedBackup } from './backup-check'
import { backupDeclarationRow, backupDocumentRow } from './backup-rows'
import type { WorkspaceDatabase } from './schema'
import { searchWordRows, setSearchWords } from './search-words'
import type { StoredDocument } from './stored-document'

/** The tables a backup covers: its own, and the search words its declaration rows carry. */
const TABLES = [...BACKUP_TABLES, 'searchWords'] as const

const tablesOf = (db: WorkspaceDatabase) =>
  TABLES.map((name) => db.table(name) as Table<JsonObject, unknown>)

/** Rows per read, and reads asked for ahead of the one being written out. */
const CHUNK_ROWS = 250
const READS_AHEAD = 4

/**
 * The workspace as a backup file's bytes. Each table is read in key-ordered chunks, a few
 * chunks ahead of the one being written: the database serves the next rows while this thread
 * encodes the last ones (whole-table reads of 10,000 declarations leave either side idle).
 */
export async function workspaceBackupFile(
  db: WorkspaceDatabase,
  createdAt: string,
  settings: JsonObject = {},
): Promise<Uint8Array> {
  const writer = new BackupWriter()
  await db.transaction('r', tablesOf(db), async () => {
    const words = new Map<string, string>()
    for (const bucket of await db.searchWords.toArray())
      for (const [id, text] of bucket.words) words.set(id, text)
    const asBackedUp: Partial<Record<BackupTable, (row: JsonObject) => JsonObject>> = {
      declarations: (row) => backupDeclarationRow(row, words.get(String(row.id))),
      documents: (row) => backupDocumentRow(row as unknown as StoredDocument),
    }
    for (const name of BACKUP_TABLES) {
      writer.table(name)
      const convert = asBackedUp[name]
      await readInChunks(db.table(name), (row) => writer.row(convert ? convert(row) : row))
    }
  })
  return writer.finish(settings, createdAt)
}

/** Every row of the table in key order, handed to `each` as its chunk arrives. */
async function readInChunks(
  table: Table<JsonObject, unknown>,
  each: (row: JsonObject) => void,
): Promise<void> {
  const keys = (await table.toCollection().primaryKeys()) as (string | number)[]
  const read = (start: number) =>
    table
      .where(':id')
      .between(keys[start], keys[Math.min(start + CHUNK_ROWS, keys.length) - 1], true, true)
      .toArray()
  const pending: Promise<JsonObject[]>[] = []
  let start = 0
  while (start < keys.length || pending.length > 0) {
    for (; start < keys.length && pending.length <= READS_AHEAD; start += CHUNK_ROWS)
      pending.push(read(start))
    for (const row of await pending.shift()!) each(row)
  }
}

export type RestoreCounts = Record<BackupTable, number>

/**
 * Replaces everything with the backup's content; returns how many rows each table holds. Rows
 * not checked yet are checked first (a refusal throws BackupRefusedError, changing nothing).
 */
export async function replaceWithBackup(
  db: WorkspaceDatabase,
  backup: BackupPayload | CheckedBackup,
): Promise<RestoreCounts> {
  const checked = checkedRows(backup)
  const { words, ...tables } = checked
  const stored: Record<(typeof TABLES)[number], readonly unknown[]> = {
    ...tables,
    searchWords: searchWordRows(words),
  }
  return db.transaction('rw', tablesOf(db), async (tx) => {
    // Cleared through Dexie, so every live query on these tables sees the whole table changed.
    await Promise.all(TABLES.map((name) => db.table(name).clear()))
    await addInChunks(
      tx.idbtrans,
      TABLES.map((name) => [name, stored[name]]),
    )
    return Object.fromEntries(BACKUP_TABLES.map((t) => [t, checked[t].length])) as RestoreCounts
  })
}

/**
 * Adds the rows straight to the transaction's own IndexedDB stores, a chunk at a time, taking
 * the tables in turn (declarations, then their documents, …) and handing over the next chunk
 * when the last one is written. Straight, because Dexie notes each row's every index key for
 * live queries (five per declaration), which the clear above already
 * covers; in turn, because the database indexes best what arrives in small, steady batches.
 */
function addInChunks(tx: IDBTransaction, tables: [string, readonly unknown[]][]): Promise<void> {
  const chunks: [IDBObjectStore, readonly unknown[]][] = []
  const longest = Math.max(...tables.map(([, rows]) => rows.length))
  for (let start = 0; start < longest; start += CHUNK_ROWS)
    for (const [name, rows] of tables)
      if (start < rows.length)
        chunks.push([tx.objectStore(name), rows.slice(start, start + CHUNK_ROWS)])
  return new Promise((resolve, reject) => {
    const next = (index: number) => {
      const chunk = chunks[index]
      if (!chunk) return resolve()
      const [store, rows] = chunk
      let last: IDBRequest | undefined
      try {
        for (const row of rows) {
          const request = store.add(row)
          request.onerror = () =>
            reject(request.error ?? new Error(`a ${store.name} row was refused`))
          last = request
        }
      } catch (error) {
        // A row the store cannot take at all (no key): nothing of the restore may stay.
        tx.abort()
        return reject(
          new Error(`a ${store.name} row cannot be stored: ${(error as Error).message}`),
        )
      }
      last!.onsuccess = () => next(index + 1)
    }
    next(0)
  })
}

/** Keys that make a row "already there", per reference table (besides its primary key). */
const UNIQUE: Partial<Record<BackupTable, string>> = {
  parties: 'idKey',
  vehicles: 'plateKey',
  offices: 'reference',
}

/**
 * Adds what the workspace does not have. A declaration is added with its document and history
 * when neither its id nor its LRN is taken; returns how many rows of each table were added.
 * Rows not checked yet are checked first, as for replace.
 */
export async function mergeBackup(
  db: WorkspaceDatabase,
  backup: BackupPayload | CheckedBackup,
): Promise<RestoreCounts> {
  const checked = checkedRows(backup)
  return db.transaction('rw', tablesOf(db), async () => {
    const added = Object.fromEntries(BACKUP_TABLES.map((t) => [t, 0])) as RestoreCounts
    const newDeclarations = new Set<string>()
    const newWords: [string, string[]][] = []
    for (const [index, row] of checked.declarations.entries()) {
      const idTaken = (await db.declarations.get(row.id)) !== undefined
      const lrnTaken =
        row.lrnKey !== undefined &&
        (await db.declarations.where('lrnKey').equals(row.lrnKey).count()) > 0
      if (idTaken || lrnTaken) continue
      await db.declarations.add(row)
      newDeclarations.add(row.id)
      newWords.push(checked.words[index]!)
      added.declarations++
    }
    await setSearchWords(db.searchWords, newWords)
    for (const row of checked.documents) {
      if (!newDeclarations.has(row.id)) continue
      await db.documents.add(row)
      added.documents++
    }
    const versions = checked.versions
      .filter((v) => newDeclarations.has(v.declarationId))
      .sort((a, b) => a.seq - b.seq)
    for (const { seq: _renumbered, ...version } of versions) {
      await db.versions.add(version)
      added.versions++
    }
    for (const name of ['parties', 'goods', 'vehicles', 'offices', 'sheetMappings'] as const) {
      const table = db.table(name) as Table<JsonObject, unknown>
      const primary = table.schema.primKey.keyPath as string
      const unique = UNIQUE[name]
      for (const row of checked[name] as unknown as JsonObject[]) {
        if ((await table.get(row[primary] as string)) !== undefined) continue
        const key = unique ? row[unique] : undefined
        if (typeof key === 'string' && (await table.where(unique!).equals(key).count()) > 0)
          continue
        await table.add(row)
        added[name]++
      }
    }
    return added
  })
}
