/**
 * Backing the workspace up: to a file the user keeps (any time), and automatically — at start,
 * every 15 minutes while there are changes, and before the desktop window closes.
 */
import Dexie from 'dexie'
import { encodeBackup } from '../../../shared/backup/format'
import { collectBackup } from '../../db/backup'
import { database } from '../../db/workspace'
import i18n from '../../i18n'
import { measured } from '../../perf'
import { platform } from '../../platform'
import { useUi } from '../../state/ui-store'
import { flushActiveSession } from '../editor/active-session'

/** How often an automatic backup is written while there are changes. */
export const AUTO_BACKUP_EVERY_MS = 15 * 60 * 1000
/** The browser edition reminds the user to back up when the last backup file is older. */
export const REMIND_AFTER_MS = 7 * 24 * 60 * 60 * 1000
const LAST_FILE_BACKUP = 'transitdesk.lastBackupFile'

export async function workspaceBackup(): Promise<Uint8Array> {
  await flushActiveSession()
  return measured('backup', async () =>
    encodeBackup(await collectBackup(database), new Date().toISOString()),
  )
}

export async function backUpToFile(): Promise<void> {
  const notify = useUi.getState().notify
  try {
    const bytes = await workspaceBackup()
    const name = `transitdesk-backup-${new Date().toISOString().slice(0, 10)}.tdbackup`
    if (!(await platform.saveBackupFile(name, bytes))) return
    localStorage.setItem(LAST_FILE_BACKUP, new Date().toISOString())
    useUi.setState({ lastFileBackup: new Date().toISOString() })
    notify('success', i18n.t('backup.saved', { name }))
  } catch (error) {
    notify('error', i18n.t('backup.failed', { reason: (error as Error).message }))
  }
}

export const lastFileBackup = (): string | null => localStorage.getItem(LAST_FILE_BACKUP)

/**
 * A mark of the workspace's state, to know if a backup is due: how many declarations, and the
 * newest change in the list and in the trash (the list's own indexes). '' when it is empty.
 */
async function lastChange(): Promise<string> {
  const newest = async (trashed: 0 | 1) =>
    (
      await database.declarations
        .where('[trashed+updatedAt]')
        .between([trashed, Dexie.minKey], [trashed, Dexie.maxKey])
        .last()
    )?.updatedAt ?? ''
  const count = await database.declarations.count()
  return count === 0 ? '' : `${count}|${await newest(0)}|${await newest(1)}`
}

let lastAutoBackupOf: string | null = null

/** Writes an automatic backup when the workspace changed since the last one (or `force`). */
export async function autoBackUp(force = false): Promise<void> {
  const changed = await lastChange()
  if (changed === '' || (!force && changed === lastAutoBackupOf)) return
  try {
    await platform.autoBackups.write(await workspaceBackup())
    lastAutoBackupOf = changed
  } catch (error) {
    useUi
      .getState()
      .notify('error', i18n.t('backup.autoFailed', { reason: (error as Error).message }))
  }
}

/** At start, then every 15 minutes while there are changes. Returns the stop function. */
export function startAutoBackups(): () => void {
  void autoBackUp(true)
  const timer = setInterval(() => void autoBackUp(), AUTO_BACKUP_EVERY_MS)
  return () => clearInterval(timer)
}
