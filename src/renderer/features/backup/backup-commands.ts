/**
 * Backing the workspace up: to a file the user keeps (any time), and automatically — at start,
 * every 15 minutes while there are changes, and before the desktop window closes.
 */
import Dexie from 'dexie'
import { database } from '../../db/workspace'
import i18n, { problemText } from '../../i18n'
import { platform } from '../../platform'
import { useUi } from '../../state/ui-store'
import { scheduleAutoBackups } from './auto-backup-schedule'
import { warmUpBackupWorker, workspaceBackup } from './workspace-backup'
import { localDate } from '../../../shared/dates'

/** How often an automatic backup is written while there are changes. */
export const AUTO_BACKUP_EVERY_MS = 15 * 60 * 1000
/** The browser edition reminds the user to back up when the last backup file is older. */
export const REMIND_AFTER_MS = 7 * 24 * 60 * 60 * 1000
const LAST_FILE_BACKUP = 'transitdesk.lastBackupFile'
const LAST_AUTO_BACKUP = 'transitdesk.lastAutoBackup'

/** A start soon after the last automatic backup (a reload) needs no new one. */
function startBackupDue(): boolean {
  const last = localStorage.getItem(LAST_AUTO_BACKUP)
  return !last || Date.now() - Date.parse(last) >= AUTO_BACKUP_EVERY_MS
}

export async function backUpToFile(): Promise<void> {
  const notify = useUi.getState().notify
  try {
    const bytes = await workspaceBackup()
    const name = `transitdesk-backup-${localDate(new Date())}.tdbackup`
    if (!(await platform.saveBackupFile(name, bytes))) return
    localStorage.setItem(LAST_FILE_BACKUP, new Date().toISOString())
    useUi.setState({ lastFileBackup: new Date().toISOString() })
    notify('success', i18n.t('backup.saved', { name }))
  } catch (error) {
    notify('error', i18n.t('backup.failed', { reason: problemText(error) }))
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

/**
 * Writes an automatic backup when the workspace changed since the last one (or `force`).
 * Resolves false when `signal` called it off before the file was made (the user started
 * typing), true otherwise — a file once made is written, and a failure is reported here.
 */
export async function autoBackUp(force = false, signal?: AbortSignal): Promise<boolean> {
  try {
    const changed = await lastChange()
    if (changed === '' || (!force && changed === lastAutoBackupOf)) return true
    const bytes = await workspaceBackup(signal)
    await platform.autoBackups.write(bytes)
    lastAutoBackupOf = changed
    localStorage.setItem(LAST_AUTO_BACKUP, new Date().toISOString())
  } catch (error) {
    if (signal?.aborted) return false
    useUi.getState().notify('error', i18n.t('backup.autoFailed', { reason: problemText(error) }))
  }
  return true
}

/**
 * How long after start the start-up backup waits: reading and encoding a large workspace takes
 * seconds of the page's time, which the first screen and the first keystrokes must not share.
 */
export const START_BACKUP_DELAY_MS = 10_000

/** The backup worker is started this long after the app (after its first screen). */
const WARM_UP_AFTER_MS = 3_000

/** An automatic backup waits until the user has not typed or clicked for this long. */
export const IDLE_BEFORE_BACKUP_MS = 5_000

/** Automatic backups for as long as the app runs (see auto-backup-schedule.ts); returns the stop. */
export function startAutoBackups(): () => void {
  const schedule = scheduleAutoBackups({
    backUp: autoBackUp,
    startDue: startBackupDue,
    startAfterMs: START_BACKUP_DELAY_MS,
    quietMs: IDLE_BEFORE_BACKUP_MS,
    everyMs: AUTO_BACKUP_EVERY_MS,
  })
  const onActivity = () => schedule.activity()
  window.addEventListener('keydown', onActivity, true)
  window.addEventListener('pointerdown', onActivity, true)
  const warm = setTimeout(warmUpBackupWorker, WARM_UP_AFTER_MS)
  return () => {
    clearTimeout(warm)
    schedule.stop()
    window.removeEventListener('keydown', onActivity, true)
    window.removeEventListener('pointerdown', onActivity, true)
  }
}
