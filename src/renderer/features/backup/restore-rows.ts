/** What the restore worker is asked and answers, and how it puts a backup in place. */
import { decodeBackup, type BackupHeader } from '../../../shared/backup/format'
import type { BackupProblem } from '../../../shared/backup/problems'
import { mergeBackup, replaceWithBackup, type RestoreCounts } from '../../db/backup'
import { checkBackup, type CheckedBackup } from '../../db/backup-check'
import type { WorkspaceDatabase } from '../../db/schema'

export type RestoreMode = 'replace' | 'merge'

export type RestoreRequest =
  { kind: 'open'; source: Blob | Uint8Array } | { kind: 'restore'; mode: RestoreMode }

export type RestoreAnswer =
  | { kind: 'opened'; header: BackupHeader }
  /** the file refused (a sentence), or its rows (a problem the window puts in words) */
  | { kind: 'refused'; reason: string | BackupProblem }
  | { kind: 'restored'; counts: RestoreCounts }

export function restoreInto(
  db: WorkspaceDatabase,
  backup: CheckedBackup,
  mode: RestoreMode,
): Promise<RestoreCounts> {
  return mode === 'replace' ? replaceWithBackup(db, backup) : mergeBackup(db, backup)
}

/**
 * The worker's open step: the file (format.ts: whole, unaltered, a format this version reads),
 * then every row of it (backup-check.ts). Refused: the file's reason, or the rows' problem.
 */
export async function openBackupFile(
  bytes: Uint8Array,
): Promise<{ header: BackupHeader; backup: CheckedBackup } | { refused: string | BackupProblem }> {
  const decoded = await decodeBackup(bytes)
  if ('error' in decoded) return { refused: decoded.error }
  const checked = checkBackup(decoded.payload, { at: decoded.header.createdAt })
  if ('problem' in checked) return { refused: checked.problem }
  return { header: decoded.header, backup: checked.backup }
}
