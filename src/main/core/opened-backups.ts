/**
 * Backups the operating system hands the app through its file association: on Windows and
 * Linux as arguments of the launch (or of a second launch, passed on to the running one), on
 * macOS as `open-file` events. The page takes the newest one when it is ready (takeOpenedBackup);
 * a newer one replaces one not yet taken, since only one restore at a time makes sense.
 */
import { readFile, stat } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import type { OpenedBackupFile } from '../../shared/ipc/contract'
import { MAX_BACKUP_BYTES } from '../../shared/ipc/contract'
import { describeFsError } from './files'
import { windowText } from './translator'

export const BACKUP_EXTENSION = '.tdbackup'

/** The backup files among a launch's arguments (options and other files are not ours). */
export function backupPathsIn(argv: readonly string[]): string[] {
  return argv.filter(
    (arg) => !arg.startsWith('-') && extname(arg).toLowerCase() === BACKUP_EXTENSION,
  )
}

/** Reads one handed-over backup: its bytes, or a sentence saying why not. */
export async function readOpenedBackup(path: string): Promise<OpenedBackupFile> {
  const name = basename(path)
  try {
    const info = await stat(path)
    if (!info.isFile()) return { name, error: `“${name}” cannot be read: it is not a file.` }
    if (info.size > MAX_BACKUP_BYTES) {
      return { name, error: `“${name}” is larger than a backup can be (1 GiB).` }
    }
    return { name, bytes: new Uint8Array(await readFile(path)) }
  } catch (error) {
    return {
      name,
      error: windowText('system.readFailed', { name, reason: describeFsError(error, windowText) }),
    }
  }
}

export class OpenedBackups {
  private newest: string | null = null

  /** Remembers the last backup among `paths`; true when there was one. */
  add(paths: readonly string[]): boolean {
    const path = paths.at(-1)
    if (path === undefined) return false
    this.newest = path
    return true
  }

  /** The newest backup not yet taken, read; null when there is none. */
  async take(): Promise<OpenedBackupFile | null> {
    const path = this.newest
    this.newest = null
    return path === null ? null : readOpenedBackup(path)
  }
}
