/**
 * The desktop's rolling workspace backups in the user-data folder: each written atomically
 * (writeFileAtomic: a temp file beside it, fsync, rename), and only then are old ones let go by
 * the retention rule — so a disk that fills during a backup leaves every earlier backup as it
 * was, and no backup is ever seen under its own name before it is whole. Electron-free.
 *
 * The renderer names a backup only by the name `listAutoBackups` gave (checked again here with
 * `autoBackupTime`), never by a path.
 */
import { lstat, mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import {
  autoBackupName,
  autoBackupTime,
  backupsToKeep,
  type BackupStamp,
} from '../../shared/backup/retention'
import { MAX_BACKUP_BYTES } from '../../shared/ipc/contract'
import { writeFileAtomic } from './files'
import { localDate } from '../../shared/dates'

export interface AutoBackup extends BackupStamp {
  bytes: number
}

/**
 * writeFileAtomic's temp file of a backup (".workspace-….tdbackup.<random>.tmp"): one is left
 * only when a power cut or a crash stopped a write between creating and renaming it.
 */
const LEFTOVER_TEMP = /^\.(workspace-[^/\\]+\.tdbackup)\.[0-9a-f]+\.tmp$/
/** A temp file this old belongs to a write that will never finish (not to one under way). */
export const STALE_TEMP_MS = 10 * 60_000

export async function writeAutoBackup(
  directory: string,
  content: Uint8Array,
  now: Date = new Date(),
): Promise<{ name: string; removed: string[] }> {
  await mkdir(directory, { recursive: true, mode: 0o700 })
  const at = now.toISOString()
  const name = autoBackupName(at)
  await writeFileAtomic(join(directory, name), content)
  const all = await listAutoBackups(directory)
  const keep = new Set(backupsToKeep(all, localDate(new Date(at))).map((b) => b.name))
  const removed: string[] = []
  for (const backup of all) {
    if (keep.has(backup.name)) continue
    await rm(join(directory, backup.name), { force: true })
    removed.push(backup.name)
  }
  removed.push(...(await removeLeftoverTemps(directory, now)))
  return { name, removed }
}

/** Removes the temp files of backup writes that were cut off long enough ago. */
async function removeLeftoverTemps(directory: string, now: Date): Promise<string[]> {
  const removed: string[] = []
  for (const name of await readdir(directory).catch(() => [])) {
    const inner = LEFTOVER_TEMP.exec(name)?.[1]
    if (!inner || autoBackupTime(inner) === null) continue
    const info = await lstat(join(directory, name)).catch(() => null)
    if (!info?.isFile() || now.getTime() - info.mtimeMs < STALE_TEMP_MS) continue
    await rm(join(directory, name), { force: true })
    removed.push(name)
  }
  return removed
}

/** The backups in the folder, newest first; a missing folder has none. */
export async function listAutoBackups(directory: string): Promise<AutoBackup[]> {
  let names: string[]
  try {
    names = await readdir(directory)
  } catch {
    return []
  }
  const backups: AutoBackup[] = []
  for (const name of names) {
    const at = autoBackupTime(name)
    if (!at) continue
    const info = await lstat(join(directory, name)).catch(() => null)
    if (info?.isFile()) backups.push({ name, at, bytes: info.size })
  }
  return backups.sort((a, b) => b.at.localeCompare(a.at))
}

/**
 * One backup's bytes, by a name listAutoBackups gave: a plain automatic-backup name, never a
 * path, and a regular file of at most MAX_BACKUP_BYTES in the folder. Throws otherwise (or when
 * it cannot be read), with the reason as the message.
 */
export async function readAutoBackup(directory: string, name: string): Promise<Uint8Array> {
  if (autoBackupTime(name) === null) throw new Error(`“${name}” is not an automatic backup.`)
  const path = join(directory, name)
  const info = await lstat(path)
  if (!info.isFile()) throw new Error('it is not a regular file')
  if (info.size > MAX_BACKUP_BYTES) throw new Error('it is larger than any backup')
  // A copy of just these bytes: IPC would carry all of a pooled buffer behind a view.
  return new Uint8Array(await readFile(path))
}
