/** File work for the desktop edition: reading picked declaration files, writing atomically. */
import { randomBytes } from 'node:crypto'
import { lstat, open, readFile, realpath, rename, stat, unlink } from 'node:fs/promises'
import type { Stats } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { MAX_DECLARATION_FILE_BYTES } from '../../shared/format/constants'
import { decodeDeclarationBytes } from '../../shared/format/read-declaration'
import type { PickedFile } from '../../shared/ipc/contract'
import type { Translate } from '../../shared/validation/finding-text'
import { englishText as english } from '../../shared/i18n/en/english-text'

/**
 * Reads one file the user picked. Oversized files are not read at all: the renderer gets the
 * size and refuses them with its usual message. The bytes are decoded strictly: a file that is
 * not UTF-8 comes back as an error naming it (a genuine U+FFFD in it is just a character).
 */
export async function readPickedFile(path: string, t: Translate = english): Promise<PickedFile> {
  const name = basename(path)
  try {
    const info = await stat(path)
    if (!info.isFile()) return { name, error: t('system.notAFile', { name }) }
    if (info.size > MAX_DECLARATION_FILE_BYTES) return { name, text: '', byteLength: info.size }
    const bytes = await readFile(path)
    // Grown since the stat: the size decides, as above.
    if (bytes.byteLength > MAX_DECLARATION_FILE_BYTES) {
      return { name, text: '', byteLength: bytes.byteLength }
    }
    const decoded = decodeDeclarationBytes(name, bytes, t)
    if ('message' in decoded) return { name, error: decoded.message }
    return { name, text: decoded.text, byteLength: bytes.byteLength }
  } catch (error) {
    return { name, error: t('system.readFailed', { name, reason: describeFsError(error, t) }) }
  }
}

/** What a target that cannot be written is ("system.unwritable.<what>" in the catalogue). */
type Unwritable = 'dangling' | 'loop' | 'notRegular'
type TargetKind = 'folder' | 'device' | 'pipe' | 'socket' | 'other'

/**
 * A target that must not be replaced by a file: a device such as /dev/null, a folder, a pipe, a
 * socket, or a link to nothing. `describe(t)` is one sentence naming the file, to show as it is;
 * `reasonIn(t)` the same without the name, for a sentence of the caller's own ("… could not be
 * saved: it is not a regular file (a device)."); `message` the former in English.
 */
export class UnwritableTargetError extends Error {
  override readonly name = 'UnwritableTargetError'
  constructor(
    readonly path: string,
    readonly what: Unwritable,
    readonly kind: TargetKind = 'other',
  ) {
    super('')
    this.message = this.describe(english)
  }

  describe(t: Translate): string {
    return t(`system.unwritable.${this.what}`, { path: this.path, kind: this.kindIn(t) })
  }

  /** e.g. "it is not a regular file (a device)" */
  reasonIn(t: Translate): string {
    return t(`system.unwritable.${this.what}Reason`, { kind: this.kindIn(t) })
  }

  private kindIn(t: Translate): string {
    return t(`system.unwritable.kind.${this.kind}`)
  }
}

/**
 * Writes `content` so that `path` holds either its old bytes or all the new ones, never a
 * half-written file: temp file beside the target, fsync, rename over the target, fsync of the
 * folder (so that the rename itself survives a power cut). On any failure the temp file is
 * removed and the old file is left as it was.
 *
 * - A symbolic link is written through: the file it finally points to (fs.realpath) is replaced,
 *   with the temp file in that file's folder, and the link stays a link. Replacing the link by a
 *   file would silently cut it from what it shared (a "latest.pdf" pointing into an archive).
 * - A link to nothing is refused rather than followed: creating its target would put a file
 *   somewhere the user never named, and replacing the link would lose it.
 * - A target that is not a regular file (a device such as /dev/null, a folder, a pipe, a socket)
 *   is refused before anything is written: a rename would put a file in its place (as root,
 *   /dev/null itself), and opening a pipe to write would wait for a reader.
 * - An existing file keeps its permission bits; a new file gets the default (0o666 less umask).
 *
 * The check and the rename are not one step: something swapped in between is replaced as the
 * rename finds it. That is the usual limit of rename-based saving.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const target = await writableTarget(path)
  const folder = dirname(target.path)
  const temp = join(folder, `.${basename(target.path)}.${randomBytes(6).toString('hex')}.tmp`)
  const handle = await open(temp, 'wx')
  try {
    try {
      await handle.writeFile(content)
      if (target.mode !== undefined) await handle.chmod(target.mode)
      await handle.sync()
    } catch (error) {
      await handle.close().catch(() => undefined)
      throw error
    }
    await handle.close()
    await rename(temp, target.path)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw error
  }
  await syncFolder(folder)
}

/**
 * Throws the UnwritableTargetError writeFileAtomic would throw for `path`, before any work is
 * done (the command line checks -o before making the PDF); resolves when it may be written.
 */
export async function checkWritableTarget(path: string): Promise<void> {
  await writableTarget(path)
}

/** Where the bytes go (a link's final target), and the permissions to keep. */
async function writableTarget(path: string): Promise<{ path: string; mode?: number }> {
  let info
  try {
    info = await lstat(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { path }
    throw error
  }
  let real = path
  if (info.isSymbolicLink()) {
    try {
      real = await realpath(path)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        throw new UnwritableTargetError(path, 'dangling')
      }
      if (code === 'ELOOP') throw new UnwritableTargetError(path, 'loop')
      throw error
    }
    info = await lstat(real)
  }
  if (!info.isFile()) {
    throw new UnwritableTargetError(path, 'notRegular', kindOf(info))
  }
  return { path: real, mode: info.mode & 0o7777 }
}

function kindOf(info: Stats): TargetKind {
  if (info.isDirectory()) return 'folder'
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device'
  if (info.isFIFO()) return 'pipe'
  if (info.isSocket()) return 'socket'
  return 'other'
}

/**
 * Windows cannot open a folder as a file (EISDIR), and some file systems refuse to sync one
 * (EINVAL, EPERM): there the rename stands as the system keeps it, the file itself having been
 * synced. A folder one may write into but not read (EACCES) cannot be opened either. Anything
 * else (EIO) is reported: the new name may not have reached the disk.
 */
const FOLDER_CANNOT_BE_SYNCED = new Set(['EISDIR', 'EPERM', 'EINVAL', 'EACCES', 'ENOTSUP'])

/** Makes a rename durable: fsync of the folder that holds the new name. */
async function syncFolder(folder: string): Promise<void> {
  let handle
  try {
    handle = await open(folder, 'r')
    await handle.sync()
  } catch (error) {
    if (!FOLDER_CANNOT_BE_SYNCED.has((error as NodeJS.ErrnoException).code ?? '')) throw error
  } finally {
    await handle?.close().catch(() => undefined)
  }
}

/**
 * Whether two paths name the same file: by identity (device and inode, through links, hard
 * links and `..`) when both exist; otherwise by where they lead, the real folder plus the name,
 * so that a file not yet written is the same as another only in the very same place.
 */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const identity = (path: string) => stat(path, { bigint: true }).catch(() => null)
  const [infoA, infoB] = await Promise.all([identity(a), identity(b)])
  if (infoA && infoB) return infoA.dev === infoB.dev && infoA.ino === infoB.ino
  const place = async (path: string) => {
    const full = resolve(path)
    const folder = await realpath(dirname(full)).catch(() => dirname(full))
    return join(folder, basename(full))
  }
  return (await place(a)) === (await place(b))
}

export function describeFsError(error: unknown, t: Translate = english): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  switch (code) {
    case 'ENOENT':
    case 'ENOSPC':
    case 'EROFS':
    case 'EISDIR':
    case 'EACCES':
      return t(`system.fileError.${code}`)
    case 'EPERM':
      return t('system.fileError.EACCES')
    default:
      if (error instanceof UnwritableTargetError) return error.reasonIn(t)
      return (error as Error | undefined)?.message ?? t('system.fileError.unknown')
  }
}
