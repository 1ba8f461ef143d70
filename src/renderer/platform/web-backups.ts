/**
 * The browser edition's automatic backups: files in the origin private file system, a storage
 * area of its own — when the browser resets a damaged IndexedDB database, or it is deleted,
 * these stay, and the restore offer finds them. Same names and retention as the desktop.
 *
 * A backup is written under a temporary name ("<name>.partial") and given its own name only
 * once it is whole (`FileSystemFileHandle.move`), so a write that fails — the storage quota —
 * never leaves an empty or partial "newest" backup. Where `move` is missing, the backup is
 * written under its own name and removed again if the write fails. Partial files that a closed
 * tab left are swept after the next backup.
 */
import {
  autoBackupName,
  autoBackupTime,
  backupsToKeep,
  type BackupStamp,
} from '../../shared/backup/retention'
import type { AutoBackupEntry, AutoBackups } from './types'
import { localDate } from '../../shared/dates'
import { WordedError } from '../../shared/worded-error'

/** The parts of `FileSystemDirectoryHandle` used here (tests give an in-memory folder). */
export interface BackupFolder {
  getFileHandle(name: string, options?: { create?: boolean }): Promise<BackupFileHandle>
  removeEntry(name: string): Promise<void>
  entries(): AsyncIterable<[string, { kind: string }]>
}

/** The parts of `FileSystemFileHandle` used here; `move` is missing in some browsers. */
export interface BackupFileHandle {
  getFile(): Promise<{ size: number; lastModified: number; arrayBuffer(): Promise<ArrayBuffer> }>
  createWritable(): Promise<{
    write(data: Uint8Array<ArrayBuffer>): Promise<void>
    close(): Promise<void>
    abort(): Promise<void>
  }>
  move?(newName: string): Promise<void>
}

export const PARTIAL = '.partial'
/** A partial file this old belongs to a write that will never finish (not another tab's). */
export const STALE_PARTIAL_MS = 10 * 60_000

/**
 * Automatic backups in `folder()` (null where the browser has no such storage: nothing is
 * listed, and writing fails with a message). `now` is the clock.
 */
export function createWebAutoBackups(
  folder: () => Promise<BackupFolder | null>,
  now: () => Date = () => new Date(),
): AutoBackups {
  const required = async () => {
    const dir = await folder()
    if (!dir) throw new WordedError('problem.noBackupFolder')
    return dir
  }
  return {
    async write(bytes) {
      const dir = await required()
      const at = now().toISOString()
      await writeWhole(dir, autoBackupName(at), bytes)
      const all = await backupsIn(dir)
      const keep = new Set(backupsToKeep(all, localDate(new Date(at))).map((b) => b.name))
      for (const backup of all)
        if (!keep.has(backup.name)) await dir.removeEntry(backup.name).catch(() => undefined)
      await sweepPartials(dir, now().getTime())
    },
    async list() {
      const dir = await folder()
      if (!dir) return []
      const entries: AutoBackupEntry[] = []
      for (const { name, at } of await backupsIn(dir)) {
        // One another tab's retention removed a moment ago is not listed.
        const file = await dir
          .getFileHandle(name)
          .then((handle) => handle.getFile())
          .catch(() => null)
        if (file) entries.push({ name, at, bytes: file.size })
      }
      return entries
    },
    async read(name) {
      if (autoBackupTime(name) === null) throw new WordedError('problem.notAutoBackup', { name })
      const file = await (await (await required()).getFileHandle(name)).getFile()
      return new Uint8Array(await file.arrayBuffer())
    },
  }
}

/** The backups in the folder (files with a backup's own name: never partial ones), newest first. */
async function backupsIn(dir: BackupFolder): Promise<BackupStamp[]> {
  const backups: BackupStamp[] = []
  for await (const [name, handle] of dir.entries()) {
    const at = handle.kind === 'file' ? autoBackupTime(name) : null
    if (at) backups.push({ name, at })
  }
  return backups.sort((a, b) => b.at.localeCompare(a.at))
}

const canMove = (
  handle: BackupFileHandle,
): handle is BackupFileHandle & Required<Pick<BackupFileHandle, 'move'>> =>
  typeof handle.move === 'function'

/** Writes `bytes` as `name`, whole or not at all: as `name.partial` first, renamed once whole. */
async function writeWhole(dir: BackupFolder, name: string, bytes: Uint8Array): Promise<void> {
  const partial = await dir.getFileHandle(name + PARTIAL, { create: true })
  const movable = canMove(partial)
  if (!movable) await dir.removeEntry(name + PARTIAL).catch(() => undefined)
  const target = movable ? partial : await dir.getFileHandle(name, { create: true })
  try {
    const writable = await target.createWritable()
    try {
      await writable.write(bytes as Uint8Array<ArrayBuffer>)
      await writable.close()
    } catch (error) {
      await writable.abort().catch(() => undefined)
      throw error
    }
    if (movable) await partial.move(name)
  } catch (error) {
    // Nothing stays behind: not the partial file, nor (without move) an empty backup.
    await removeReleased(dir, movable ? name + PARTIAL : name)
    throw error
  }
}

/** How often, and how long apart (ms, growing), a file just written to is tried to be removed. */
const REMOVE_TRIES = 6
const REMOVE_WAIT_MS = 25

/**
 * Removes a file a failed write left. Chromium may still hold the file for a moment after the
 * write was aborted and then refuses to remove it (NoModificationAllowedError): seen under load,
 * it left an empty "newest" backup behind. Tried again a few times, 0.5 s in all at most.
 */
async function removeReleased(dir: BackupFolder, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await dir.removeEntry(name)
      return
    } catch (error) {
      if ((error as { name?: unknown }).name === 'NotFoundError' || attempt === REMOVE_TRIES) return
      await new Promise((resolve) => setTimeout(resolve, REMOVE_WAIT_MS * attempt))
    }
  }
}

/** Removes the partial files of writes that were cut off (a tab closed) long enough ago. */
async function sweepPartials(dir: BackupFolder, nowMs: number): Promise<void> {
  const partials: string[] = []
  for await (const [name, handle] of dir.entries())
    if (handle.kind === 'file' && name.endsWith(PARTIAL)) partials.push(name)
  for (const name of partials) {
    const file = await dir
      .getFileHandle(name)
      .then((handle) => handle.getFile())
      .catch(() => null)
    if (file && nowMs - file.lastModified >= STALE_PARTIAL_MS)
      await dir.removeEntry(name).catch(() => undefined)
  }
}
