/** The desktop's rolling backups on a real folder; a failing write injected as a full disk. */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { listAutoBackups, readAutoBackup, writeAutoBackup } from '../../src/main/core/auto-backups'

const inject = vi.hoisted(() => ({ writeError: null as NodeJS.ErrnoException | null }))

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>()
  return {
    ...real,
    open: async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args)
      if (inject.writeError) {
        const error = inject.writeError
        handle.writeFile = (async () => {
          throw error
        }) as typeof handle.writeFile
      }
      return handle
    },
  }
})

let dir: string
beforeEach(async () => {
  dir = join(await mkdtemp(join(tmpdir(), 'auto-backups-')), 'Backups')
})
afterEach(async () => {
  inject.writeError = null
  await rm(join(dir, '..'), { recursive: true, force: true })
})

const bytes = (text: string) => new TextEncoder().encode(text)

describe('automatic backups', () => {
  it('writes, lists newest first, and reads back by name', async () => {
    await writeAutoBackup(dir, bytes('one'), new Date('2026-02-04T08:00:00Z'))
    await writeAutoBackup(dir, bytes('two'), new Date('2026-02-04T08:15:00Z'))
    const list = await listAutoBackups(dir)
    expect(list.map((b) => [b.at, b.bytes])).toEqual([
      ['2026-02-04T08:15:00Z', 3],
      ['2026-02-04T08:00:00Z', 3],
    ])
    expect(new TextDecoder().decode(await readAutoBackup(dir, list[0]!.name))).toBe('two')
    await expect(readAutoBackup(dir, '../secrets.txt')).rejects.toThrow(/not an automatic backup/)
  })

  it('keeps 3 of today and 1 per earlier day, 10 in all', async () => {
    for (let day = 1; day <= 12; day++)
      for (const hour of ['09', '17'])
        await writeAutoBackup(
          dir,
          bytes(`${day}`),
          new Date(`2026-02-${String(day).padStart(2, '0')}T${hour}:00:00Z`),
        )
    for (const minute of ['05', '20', '35', '50'])
      await writeAutoBackup(dir, bytes('today'), new Date(`2026-02-13T10:${minute}:00Z`))
    const list = await listAutoBackups(dir)
    expect(list).toHaveLength(10)
    expect(list.slice(0, 3).map((b) => b.at)).toEqual([
      '2026-02-13T10:50:00Z',
      '2026-02-13T10:35:00Z',
      '2026-02-13T10:20:00Z',
    ])
    expect(list.slice(3).map((b) => b.at.slice(0, 10))).toEqual([
      '2026-02-12',
      '2026-02-11',
      '2026-02-10',
      '2026-02-09',
      '2026-02-08',
      '2026-02-07',
      '2026-02-06',
    ])
  })

  it('leaves every earlier backup intact when the disk fills during a write', async () => {
    await writeAutoBackup(dir, bytes('kept'), new Date('2026-02-04T08:00:00Z'))
    const before = await readdir(dir)
    inject.writeError = Object.assign(new Error('ENOSPC: no space left on device'), {
      code: 'ENOSPC',
    })
    await expect(
      writeAutoBackup(dir, bytes('x'.repeat(1000)), new Date('2026-02-04T08:15:00Z')),
    ).rejects.toThrow(/ENOSPC/)
    expect(await readdir(dir)).toEqual(before)
    expect(await readFile(join(dir, before[0]!), 'utf8')).toBe('kept')
  })
})
