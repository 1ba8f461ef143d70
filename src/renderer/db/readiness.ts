/**
 * The readiness counts of stored declarations: which rows were not yet checked with today's
 * rules (new imports, restores, an update of the rules), and storing the counts a check found.
 * The check itself is handed in (the readiness worker's validator), so the data layer never
 * runs the validator — and never inside a save.
 */
import type { JsonObject } from '../../shared/json'
import { isChecked, readinessColumns, type Readiness } from '../../shared/model/declaration-record'
import type { WorkspaceDatabase } from './schema'
import { documentOf } from './stored-document'

/** Ids of the declarations whose counts were not found with today's rules, newest first. */
export async function uncheckedIds(db: WorkspaceDatabase): Promise<string[]> {
  const rows: { id: string; updatedAt: string }[] = []
  await db.declarations.each((row) => {
    if (!isChecked(row)) rows.push({ id: row.id, updatedAt: row.updatedAt })
  })
  rows.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
  return rows.map((row) => row.id)
}

/** A document that cannot be read counts as one error: it cannot be lodged as it is. */
const UNREADABLE: Readiness = { errorCount: 1, warningCount: 0 }

/** The counts a check found for a row as it was when read. */
export interface FoundReadiness {
  id: string
  updatedAt: string
  readiness: Readiness
}

/**
 * Checks the declarations `ids` with `check` and stores their counts, unless a row changed
 * while it was checked (the editor stores its own). Returns how many were stored.
 */
export async function checkDeclarations(
  db: WorkspaceDatabase,
  ids: string[],
  check: (document: JsonObject) => Readiness,
): Promise<number> {
  return storeReadiness(db, await countReadiness(db, ids, check))
}

/** Reads the declarations `ids` not yet checked and counts what `check` finds in each. */
export async function countReadiness(
  db: WorkspaceDatabase,
  ids: string[],
  check: (document: JsonObject) => Readiness,
): Promise<FoundReadiness[]> {
  const [rows, stored] = await Promise.all([
    db.declarations.bulkGet(ids),
    db.documents.bulkGet(ids),
  ])
  const found: FoundReadiness[] = []
  rows.forEach((row, i) => {
    const document = stored[i]
    if (!row || !document || isChecked(row)) return
    let readiness: Readiness
    try {
      readiness = check(documentOf(document))
    } catch {
      readiness = UNREADABLE
    }
    found.push({ id: row.id, updatedAt: row.updatedAt, readiness })
  })
  return found
}

/** Stores counts in one transaction, each only if its row is still as it was when read. */
export async function storeReadiness(
  db: WorkspaceDatabase,
  found: FoundReadiness[],
): Promise<number> {
  let written = 0
  await db.transaction('rw', db.declarations, async () => {
    for (const { id, updatedAt, readiness } of found) {
      const row = await db.declarations.get(id)
      if (!row || row.updatedAt !== updatedAt || isChecked(row)) continue
      await db.declarations.update(id, readinessColumns(readiness))
      written++
    }
  })
  return written
}
