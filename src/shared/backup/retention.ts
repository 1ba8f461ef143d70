/**
 * Which automatic backups to keep: the three newest of today, then the newest of each earlier
 * day, ten in all. Pure: the desktop's main process and the browser edition decide alike.
 */
import { localDate } from '../dates'

export interface BackupStamp {
  name: string
  /** when it was written, ISO */
  at: string
}

export const KEEP_TODAY = 3
export const KEEP_IN_ALL = 10

/** The day a backup was written, in the user's own calendar. */
const localDay = (at: string) => localDate(new Date(at))

/**
 * The backups to keep, newest first; `today` is the local date (YYYY-MM-DD) of now, and each
 * backup's day is its local date too (a backup at 01:00 in Almaty is of today, not of UTC's
 * yesterday).
 */
export function backupsToKeep(
  backups: readonly BackupStamp[],
  today: string,
  day: (at: string) => string = localDay,
): BackupStamp[] {
  const newestFirst = [...backups].sort((a, b) => b.at.localeCompare(a.at))
  const kept: BackupStamp[] = []
  const days = new Set<string>()
  for (const backup of newestFirst) {
    const date = day(backup.at)
    if (date === today) {
      if (kept.filter((b) => day(b.at) === today).length < KEEP_TODAY) kept.push(backup)
    } else if (!days.has(date)) {
      days.add(date)
      kept.push(backup)
    }
    if (kept.length === KEEP_IN_ALL) break
  }
  return kept
}

/** "workspace-2026-02-04T10-15-00Z.tdbackup": sortable, and safe on every file system. */
export function autoBackupName(at: string): string {
  return `workspace-${at.replace(/\.\d+Z$/, 'Z').replace(/:/g, '-')}.tdbackup`
}

/** The time in a name autoBackupName made, or null for any other file. */
export function autoBackupTime(name: string): string | null {
  const match = /^workspace-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z\.tdbackup$/.exec(name)
  return match ? `${match[1]}T${match[2]}:${match[3]}:${match[4]}Z` : null
}
