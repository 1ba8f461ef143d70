/** What the restore worker is asked and answers, and how it puts a backup in place. */
import type { BackupHeader, BackupPayload } from '../../../shared/backup/format'
import { mergeBackup, replaceWithBackup, type RestoreCounts } from '../../db/backup'
import type { WorkspaceDatabase } from '../../db/schema'

export type RestoreMode = 'replace' | 'merge'

export type RestoreRequest =
  { kind: 'open'; source: Blob | Uint8Array } | { kind: 'restore'; mode: RestoreMode }

export type RestoreAnswer =
  | { kind: 'opened'; header: BackupHeader }
  | { kind: 'refused'; reason: string }
  | { kind: 'restored'; counts: RestoreCounts }

export function restoreInto(
  db: WorkspaceDatabase,
  payload: BackupPayload,
  mode: RestoreMode,
): Promise<RestoreCounts> {
  return mode === 'replace' ? replaceWithBackup(db, payload) : mergeBackup(db, payload)
}
