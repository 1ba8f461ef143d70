/**
 * Opening automatic backups: one by the name the platform listed it under, or the newest one
 * that verifies — one a failed write left empty or damaged, or that cannot be read, is passed
 * over for the one before it.
 */
import { platform } from '../../platform'
import type { AutoBackupEntry } from '../../platform/types'
import { openBackup, type OpenedBackup } from './opened-backup'
import { problemText } from '../../i18n'

/** Why a backup cannot be restored: it cannot be read, or it does not verify. */
export type AutoBackupRefusal = { unreadable: string } | { damaged: string }

/** Reads and verifies one automatic backup: opened (close it when done), or why not. */
export async function openAutoBackup(
  entry: AutoBackupEntry,
): Promise<OpenedBackup | AutoBackupRefusal> {
  let bytes: Uint8Array
  try {
    bytes = await platform.autoBackups.read(entry.name)
  } catch (error) {
    return { unreadable: problemText(error) }
  }
  const opened = await openBackup(bytes)
  return 'error' in opened ? { damaged: opened.error } : opened
}

export const isRefusal = (opened: OpenedBackup | AutoBackupRefusal): opened is AutoBackupRefusal =>
  'unreadable' in opened || 'damaged' in opened

/** The newest automatic backup that verifies, opened; null when none does (or there is none). */
export async function newestVerifiedBackup(): Promise<OpenedBackup | null> {
  const entries = await platform.autoBackups.list().catch(() => [])
  for (const entry of entries) {
    if (entry.bytes === 0) continue
    const opened = await openAutoBackup(entry)
    if (!isRefusal(opened)) return opened
  }
  return null
}
