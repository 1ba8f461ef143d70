/**
 * Reading a declaration's history: its versions newest first, and any version rebuilt from the
 * current document by applying the changes back, newest first.
 */
import { applyBack } from '../../shared/history/changes'
import type { JsonObject } from '../../shared/json'
import type { VersionRow, WorkspaceDatabase } from './schema'
import { documentOf } from './stored-document'

export interface VersionSummary {
  seq: number
  /** when the version was saved */
  at: string
  /** the places it changed (JSON Pointers), at most `PLACES_SHOWN` */
  places: string[]
  /** how many places it changed */
  changed: number
}

const PLACES_SHOWN = 4

const pointer = (path: (string | number)[]) =>
  '/' + path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')

export async function listVersions(db: WorkspaceDatabase, id: string): Promise<VersionSummary[]> {
  const rows = await db.versions.where('declarationId').equals(id).toArray()
  return rows
    .map((row) => ({
      seq: row.seq!,
      at: row.at,
      places: row.changes.slice(0, PLACES_SHOWN).map((c) => pointer(c.path)),
      changed: row.changes.length,
    }))
    .reverse()
}

/**
 * The declaration as it was when version `seq` was saved; `seq` 0: as it was before the first
 * recorded change (created or imported).
 */
export async function documentAtVersion(
  db: WorkspaceDatabase,
  id: string,
  seq: number,
): Promise<JsonObject | undefined> {
  return db.transaction('r', db.documents, db.versions, async () => {
    const stored = await db.documents.get(id)
    if (!stored) return undefined
    const current = documentOf(stored)
    const later: VersionRow[] = await db.versions
      .where('declarationId')
      .equals(id)
      .filter((row) => row.seq! > seq)
      .toArray()
    return later
      .reverse()
      .reduce<JsonObject>((doc, row) => applyBack(doc, row.changes) as JsonObject, current)
  })
}
