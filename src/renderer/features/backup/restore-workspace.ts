/**
 * Putting a verified backup in place of the workspace (or merging it), after keeping the
 * workspace as it was — so a wrong restore can itself be undone. Kept as an automatic backup;
 * where the browser keeps no automatic backups (no origin private file system), handed to the
 * user as a backup file instead, never replaced without a copy.
 */
import { announceChange } from '../../db/change-feed'
import type { RestoreCounts } from '../../db/backup'
import { database } from '../../db/workspace'
import { measured } from '../../perf'
import { platform } from '../../platform'
import { useUi } from '../../state/ui-store'
import { localDate } from '../../../shared/dates'
import { WordedError } from '../../../shared/worded-error'
import { checkReadiness } from '../readiness/readiness-check'
import type { OpenedBackup, RestoreMode } from './opened-backup'
import { workspaceBackup } from './workspace-backup'

/**
 * Where the workspace as it was before a restore is: an automatic backup (its name as the
 * platform lists it; null if the list no longer shows it), or a file the user saved.
 */
export type KeptWorkspace = { kind: 'auto'; name: string | null } | { kind: 'file'; name: string }

export interface Restored {
  counts: RestoreCounts
  /** null when the workspace was empty: there was nothing to keep */
  kept: KeptWorkspace | null
}

/** Puts a verified backup in place (or merges it), after keeping the current workspace. */
export async function restoreVerified(backup: OpenedBackup, mode: RestoreMode): Promise<Restored> {
  const kept = await keepWorkspace()
  useUi.getState().select(null)
  const counts = await measured('restore', () => backup.restore(mode))
  // Other windows editing a declaration show what is stored now (or warn of their own edits).
  announceChange({ kind: 'replaced-all' })
  // Declarations of a backup made with older rules have their readiness checked again.
  void checkReadiness()
  return { counts, kept }
}

/** Keeps the workspace as it is now, before a restore; null when it holds no declaration. */
async function keepWorkspace(): Promise<KeptWorkspace | null> {
  if ((await database.declarations.count()) === 0) return null
  const bytes = await workspaceBackup()
  // Names carry the time to the second: the new backup is the one written within this span.
  const from = Math.floor(Date.now() / 1000) * 1000
  try {
    await platform.autoBackups.write(bytes)
  } catch (error) {
    if (!(error instanceof WordedError && error.key === 'problem.noBackupFolder')) throw error
    const name = `transitdesk-before-restore-${localDate(new Date())}.tdbackup`
    if (!(await platform.saveBackupFile(name, bytes)))
      throw new WordedError('problem.workspaceNotKept')
    return { kind: 'file', name }
  }
  const to = Date.now()
  const listed = await platform.autoBackups.list().catch(() => [])
  const written = listed.find(({ at }) => Date.parse(at) >= from && Date.parse(at) <= to)
  return { kind: 'auto', name: written?.name ?? null }
}
