import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  COPY_LIFETIME_MS,
  sweepPacketCopies,
  writePacketCopy,
} from '../../src/main/core/packet-copies'

let root: string
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'packet-copies-'))
})
afterEach(() => rm(root, { recursive: true, force: true }))

describe('packet copies for the viewer and the print window', () => {
  it('writes each copy under a fresh name in a folder it creates', async () => {
    const folder = join(root, 'TransitDesk', 'packets')
    const pdf = new TextEncoder().encode('%PDF-1.7 test')
    const first = await writePacketCopy(folder, 'KZ-1-packet.pdf', pdf)
    const second = await writePacketCopy(folder, 'KZ-1-packet.pdf', pdf)
    expect(first).not.toBe(second)
    for (const path of [first, second]) {
      expect(path.startsWith(folder)).toBe(true)
      expect(path).toMatch(/KZ-1-packet-[0-9a-f]{8}\.pdf$/)
      expect(await readFile(path, 'utf8')).toBe('%PDF-1.7 test')
    }
    // Nothing half-written left beside them.
    expect((await readdir(folder)).sort()).toEqual(
      [first, second].map((p) => p.slice(folder.length + 1)).sort(),
    )
  })

  it('sweeps copies older than a day and keeps newer ones and other files', async () => {
    const now = Date.now()
    const old = join(root, 'old-packet-aaaa0000.pdf')
    const fresh = join(root, 'fresh-packet-bbbb0000.pdf')
    const other = join(root, 'notes.txt')
    for (const file of [old, fresh, other]) await writeFile(file, 'x')
    const longAgo = new Date(now - COPY_LIFETIME_MS - 60_000)
    await utimes(old, longAgo, longAgo)
    await utimes(other, longAgo, longAgo)
    expect(await sweepPacketCopies(root, now)).toBe(1)
    expect((await readdir(root)).sort()).toEqual(['fresh-packet-bbbb0000.pdf', 'notes.txt'])
  })

  it('sweeps a missing folder without complaint', async () => {
    await expect(sweepPacketCopies(join(root, 'never-made'))).resolves.toBe(0)
  })
})
