/** File work for the desktop edition: reading picked declaration files, writing atomically. */
import { randomBytes } from 'node:crypto'
import { open, readFile, rename, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
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

/**
 * Writes `content` so that `path` holds either its old bytes or all the new ones, never a
 * half-written file: temp file in the same folder, fsync, rename over the target.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  const handle = await open(temp, 'wx')
  try {
    await handle.writeFile(content)
    await handle.sync()
  } catch (error) {
    await handle.close().catch(() => undefined)
    await unlink(temp).catch(() => undefined)
    throw error
  }
  await handle.close()
  try {
    await rename(temp, path)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw error
  }
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
      return (error as Error | undefined)?.message ?? 'an unknown error occurred'
  }
}
