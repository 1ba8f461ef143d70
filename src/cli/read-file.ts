/**
 * Reading a declaration file named on the command line. The file is stat'ed first: folders,
 * devices and files over 16 MiB are refused without reading them; whether the bytes make a
 * readable declaration is decided by decodeDeclarationBytes (strict UTF-8) and
 * readDeclarationText, as for an import in the app, in the catalogue's English.
 */
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs'
import { describeFsError } from '../main/core/files'
import { MAX_DECLARATION_FILE_BYTES } from '../shared/format/constants'
import {
  decodeDeclarationBytes,
  readDeclarationText,
  type ReadDeclarationResult,
} from '../shared/format/read-declaration'
import type { Translate } from '../shared/validation/finding-text'

export function readDeclarationFile(file: string, t: Translate): ReadDeclarationResult {
  const cannotRead = (reason: string): ReadDeclarationResult => ({
    ok: false,
    message: t('system.readFailed', { name: file, reason }),
  })
  let fd: number | undefined
  try {
    const before = statSync(file)
    if (before.isDirectory()) return cannotRead(t('system.fileError.folderNotFile'))
    if (!before.isFile()) return cannotRead(t('system.fileError.notRegular'))
    if (before.size > MAX_DECLARATION_FILE_BYTES) {
      return readDeclarationText(file, '', before.size, t)
    }
    fd = openSync(file, 'r')
    // The file may have been swapped or grown since the stat: check what was opened, and never
    // read more than one byte past the limit.
    const opened = fstatSync(fd)
    if (!opened.isFile()) return cannotRead(t('system.fileError.notRegular'))
    if (opened.size > MAX_DECLARATION_FILE_BYTES) {
      return readDeclarationText(file, '', opened.size, t)
    }
    const bytes = readAtMost(fd, MAX_DECLARATION_FILE_BYTES + 1)
    // Grown since: the size decides, before a cut character could look like bad UTF-8.
    if (bytes.byteLength > MAX_DECLARATION_FILE_BYTES) {
      return readDeclarationText(file, '', bytes.byteLength, t)
    }
    // Strictly: bytes that are not UTF-8 refuse the file; a genuine U+FFFD is a character.
    const decoded = decodeDeclarationBytes(file, bytes, t)
    if ('message' in decoded) return { ok: false, message: decoded.message }
    return readDeclarationText(file, decoded.text, bytes.byteLength, t)
  } catch (error) {
    return cannotRead(describeFsError(error, t))
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

function readAtMost(fd: number, limit: number): Uint8Array {
  const chunks: Buffer[] = []
  let total = 0
  while (total < limit) {
    const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, limit - total))
    const read = readSync(fd, chunk, 0, chunk.byteLength, null)
    if (read === 0) break
    chunks.push(chunk.subarray(0, read))
    total += read
  }
  return Buffer.concat(chunks, total)
}
