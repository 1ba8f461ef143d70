/**
 * The browser edition's automatic backups: files in the origin private file system, a storage
 * area of its own — when the browser resets a damaged IndexedDB database, or it is deleted,
 * these stay, and the restore offer finds them. Same names and retention as the desktop.
 */
import {
  autoBackupName,
  autoBackupTime,
  backupsToKeep,
  type BackupStamp,
} from '../../shared/backup/retention'
import type { AutoBackups } from './types'
import { localDate } from '../../shared/dates'

async function folder(): Promise<FileSystemDirectoryHandle> {
  const root = await navigator.storage.getDirectory()
  return root.getDirectoryHandle('backups', { create: true })
}

async function list(dir: FileSystemDirectoryHandle): Promise<BackupStamp[]> {
  const backups: BackupStamp[] = []
  for await (const name of dir.keys()) {
    const at = autoBackupTime(name)
    if (at) backups.push({ name, at })
  }
  return backups.sort((a, b) => b.at.localeCompare(a.at))
}

export const webAutoBackups: AutoBackups = {
  async write(bytes) {
    const dir = await folder()
    const at = new Date().toISOString()
    const file = await dir.getFileHandle(autoBackupName(at), { create: true })
    // A writable stream writes to a swap file and replaces the file only on close.
    const writable = await file.createWritable()
    try {
      await writable.write(bytes as Uint8Array<ArrayBuffer>)
      await writable.close()
    } catch (error) {
      await writable.abort().catch(() => undefined)
      throw error
    }
    const all = await list(dir)
    const keep = new Set(backupsToKeep(all, localDate(new Date(at))).map((b) => b.name))
    for (const backup of all)
      if (!keep.has(backup.name)) await dir.removeEntry(backup.name).catch(() => undefined)
  },
  async newest() {
    if (!navigator.storage?.getDirectory) return null
    const dir = await folder()
    const [newest] = await list(dir)
    if (!newest) return null
    const file = await (await dir.getFileHandle(newest.name)).getFile()
    return { at: newest.at, bytes: new Uint8Array(await file.arrayBuffer()) }
  },
}
