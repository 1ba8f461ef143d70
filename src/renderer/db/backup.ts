/**
 * The whole workspace in and out of a backup: read in one transaction (a consistent picture),
 * restored in one transaction (all or nothing). Replace puts the backup in place of everything;
 * merge adds only what is missing — declarations whose id and LRN are both new, reference data
 * whose key is new — and never changes what is there.
 */
import type { Table } from 'dexie'
import { BACKUP_TABLES, type BackupPayload, type BackupTable } from '../../shared/backup/format'
import type { JsonObject } from '../../shared/json'
import type { WorkspaceDatabase } from './schema'

const tablesOf = (db: WorkspaceDatabase) =>
  BACKUP_TABLES.map((name) => db.table(name) as Table<JsonObject, unknown>)

export async function collectBackup(
  db: WorkspaceDatabase,
  settings: JsonObject = {},
): Promise<BackupPayload> {
  return db.transaction('r', tablesOf(db), async () => {
    const entries = await Promise.all(
      BACKUP_TABLES.map(async (name) => [name, await db.table(name).toArray()] as const),
    )
    return { ...(Object.fromEntries(entries) as Record<BackupTable, JsonObject[]>), settings }
  })
}

export type RestoreCounts = Record<BackupTable, number>

/** Replaces everything with the backup's content; returns how many rows each table holds. */
export async function replaceWithBackup(
  db: WorkspaceDatabase,
  payload: BackupPayload,
): Promise<RestoreCounts> {
  return db.transaction('rw', tablesOf(db), async () => {
    for (const name of BACKUP_TABLES) {
      await db.table(name).clear()
      await db.table(name).bulkAdd(payload[name])
    }
    return Object.fromEntries(BACKUP_TABLES.map((t) => [t, payload[t].length])) as RestoreCounts
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
 */
export async function mergeBackup(
  db: WorkspaceDatabase,
  payload: BackupPayload,
): Promise<RestoreCounts> {
  return db.transaction('rw', tablesOf(db), async () => {
    const added = Object.fromEntries(BACKUP_TABLES.map((t) => [t, 0])) as RestoreCounts
    const newDeclarations = new Set<unknown>()
    for (const row of payload.declarations) {
      const idTaken = (await db.declarations.get(String(row.id))) !== undefined
      const lrnTaken =
        typeof row.lrnKey === 'string' &&
        (await db.declarations.where('lrnKey').equals(row.lrnKey).count()) > 0
      if (idTaken || lrnTaken) continue
      await db.table('declarations').add(row)
      newDeclarations.add(row.id)
      added.declarations++
    }
    for (const row of payload.documents) {
      if (!newDeclarations.has(row.id)) continue
      await db.table('documents').add(row)
      added.documents++
    }
    const versions = payload.versions
      .filter((v) => newDeclarations.has(v.declarationId))
      .sort((a, b) => Number(a.seq) - Number(b.seq))
    for (const { seq: _renumbered, ...version } of versions) {
      await db.table('versions').add(version)
      added.versions++
    }
    for (const name of ['parties', 'goods', 'vehicles', 'offices', 'sheetMappings'] as const) {
      const table = db.table(name) as Table<JsonObject, unknown>
      const primary = table.schema.primKey.keyPath as string
      const unique = UNIQUE[name]
      for (const row of payload[name]) {
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
