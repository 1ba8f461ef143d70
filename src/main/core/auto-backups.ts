/**
 * The desktop's rolling workspace backups in the user-data folder: each written atomically
 * (temp file, fsync, rename), and only then are old ones let go by the retention rule — so a
 * disk that fills during a backup leaves every earlier backup as it was. Electron-free.
 */
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import {
  autoBackupName,
  autoBackupTime,
  backupsToKeep,
  type BackupStamp,
} from '../../shared/backup/retention'
import { writeFileAtomic } from './files'
import { localDate } from '../../shared/dates'

export interface AutoBackup extends BackupStamp {
  bytes: number
}

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
  return { name, removed }
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
    const info = await stat(join(directory, name)).catch(() => null)
    if (info?.isFile()) backups.push({ name, at, bytes: info.size })
  }
  return backups.sort((a, b) => b.at.localeCompare(a.at))
}

/** One backup's bytes, by a name listAutoBackups gave (never a path). */
export async function readAutoBackup(directory: string, name: string): Promise<Uint8Array> {
  if (autoBackupTime(name) === null) throw new Error(`“${name}” is not an automatic backup.`)
  return new Uint8Array(await readFile(join(directory, name)))
}
