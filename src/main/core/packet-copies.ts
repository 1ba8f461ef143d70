/**
 * Copies of made packets for the system's PDF viewer and for printing: written atomically into
 * a folder of the app's own, each under a fresh name (a viewer may still hold the last one
 * open, and Windows will not replace an open file), and swept a day later.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from './files'

/** How long a copy stays: long enough for a viewer that reopens it, then it is swept. */
export const COPY_LIFETIME_MS = 24 * 60 * 60 * 1000

/** Writes `pdf` as `<name>-<random>.pdf` in `directory` (created if missing); returns the path. */
export async function writePacketCopy(
  directory: string,
  suggestedName: string,
  pdf: Uint8Array,
): Promise<string> {
  // Only the user may list or read the copies (on Windows, the profile folder's rights apply).
  await mkdir(directory, { recursive: true, mode: 0o700 })
  const base = suggestedName.replace(/\.pdf$/i, '')
  const path = join(directory, `${base}-${randomBytes(4).toString('hex')}.pdf`)
  await writeFileAtomic(path, pdf)
  return path
}

/** Removes the copies older than `maxAgeMs`; a missing folder or a locked file is no error. */
export async function sweepPacketCopies(
  directory: string,
  now = Date.now(),
  maxAgeMs = COPY_LIFETIME_MS,
): Promise<number> {
  let names: string[]
  try {
    names = await readdir(directory)
  } catch {
    return 0
  }
  let removed = 0
  for (const name of names.filter((n) => n.endsWith('.pdf'))) {
    const path = join(directory, name)
    try {
      if (now - (await stat(path)).mtimeMs < maxAgeMs) continue
      await rm(path)
      removed++
    } catch {
      // In use by a viewer, or already gone: next time.
    }
  }
  return removed
}
