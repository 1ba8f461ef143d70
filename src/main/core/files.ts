/** File work for the desktop edition: reading picked declaration files, writing atomically. */
import { randomBytes } from 'node:crypto'
import { lstat, open, readFile, realpath, rename, stat, unlink } from 'node:fs/promises'
import type { Stats } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { MAX_DECLARATION_FILE_BYTES } from '../../shared/format/constants'
import type { PickedFile } from '../../shared/ipc/contract'

/**
 * Reads one file the user picked. Oversized files are not read at all: the renderer gets the
 * size and refuses them with its usual message.
 */
export async function readPickedFile(path: string): Promise<PickedFile> {
  const name = basename(path)
  try {
    const info = await stat(path)
    if (!info.isFile()) return { name, error: `“${name}” cannot be read: it is not a file.` }
    if (info.size > MAX_DECLARATION_FILE_BYTES) return { name, text: '', byteLength: info.size }
    const bytes = await readFile(path)
    return { name, text: new TextDecoder('utf-8').decode(bytes), byteLength: bytes.byteLength }
  } catch (error) {
    return { name, error: `“${name}” could not be read: ${describeFsError(error)}.` }
  }
}

/** A target that must not be replaced by a file: a device, a folder, a pipe, a dangling link. */
export class UnwritableTargetError extends Error {
  override readonly name = 'UnwritableTargetError'
}

/**
 * Writes `content` so that `path` holds either its old bytes or all the new ones, never a
 * half-written file: temp file in the same folder, fsync, rename over the target, fsync of the
 * folder (so the rename itself survives a power cut).
 *
 * A symbolic link is written through: the file it points to gets the new bytes and the link
 * stays a link (replacing the link by a file would silently cut it from what it shared). An
 * existing file keeps its permissions. A target that is not a regular file — a device such as
 * /dev/null, a folder, a pipe — or a link to nothing is refused before anything is written.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const target = await writableTarget(path)
  const folder = dirname(target.path)
  const temp = join(folder, `.${basename(target.path)}.${randomBytes(6).toString('hex')}.tmp`)
  const handle = await open(temp, 'wx')
  try {
    await handle.writeFile(content)
    if (target.mode !== undefined) await handle.chmod(target.mode)
    await handle.sync()
  } catch (error) {
    await handle.close().catch(() => undefined)
    await unlink(temp).catch(() => undefined)
    throw error
  }
  await handle.close()
  try {
    await rename(temp, target.path)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw error
  }
  await syncFolder(folder)
}

/** Where the bytes go (a link's target), and the permissions to keep; throws for a non-file. */
async function writableTarget(path: string): Promise<{ path: string; mode?: number }> {
  let info
  try {
    info = await lstat(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { path }
    throw error
  }
  if (info.isSymbolicLink()) {
    let real
    try {
      real = await realpath(path)
    } catch {
      throw new UnwritableTargetError('it is a link to nothing; choose a file to write')
    }
    return writableTarget(real)
  }
  if (!info.isFile()) {
    throw new UnwritableTargetError(`it is ${kindOf(info)}, not a file; choose a file to write`)
  }
  return { path, mode: info.mode & 0o7777 }
}

function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a folder'
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device'
  if (info.isFIFO()) return 'a pipe'
  if (info.isSocket()) return 'a socket'
  return 'something else'
}

/** Makes a rename durable. Windows cannot open a folder for syncing; there the rename stands. */
async function syncFolder(folder: string): Promise<void> {
  let handle
  try {
    handle = await open(folder, 'r')
    await handle.sync()
  } catch {
    // EISDIR/EPERM/EINVAL where folders cannot be synced: the file itself was synced.
  } finally {
    await handle?.close().catch(() => undefined)
  }
}

/**
 * Whether two paths name the same file (through links, hard links and `..` alike); a path that
 * does not exist yet is the same as another only when both resolve to one place.
 */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const [infoA, infoB] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)])
  if (infoA && infoB) return infoA.dev === infoB.dev && infoA.ino === infoB.ino
  const resolved = async (path: string) => {
    const folder = await realpath(dirname(resolve(path))).catch(() => dirname(resolve(path)))
    return join(folder, basename(path))
  }
  return (await resolved(a)) === (await resolved(b))
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  switch (code) {
    case 'ENOENT':
      return 'the file or folder does not exist'
    case 'EACCES':
    case 'EPERM':
      return 'permission was denied'
    case 'ENOSPC':
      return 'the disk is full'
    case 'EROFS':
      return 'the disk is read-only'
    case 'EISDIR':
      return 'it is a folder'
    default:
      if (error instanceof UnwritableTargetError) return error.message
      return (error as Error | undefined)?.message ?? 'an unknown error occurred'
  }
}
