/** The desktop's rolling backups on a real folder; a failing write injected as a full disk. */
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  listAutoBackups,
  readAutoBackup,
  STALE_TEMP_MS,
  writeAutoBackup,
} from '../../src/main/core/auto-backups'

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

describe('listing and reading by name', () => {
  const NAME = 'workspace-2026-02-04T08-00-00Z.tdbackup'

  it('lists only backups: no temp files, other files, folders or links', async () => {
    await writeAutoBackup(dir, bytes('one'), new Date('2026-02-04T08:00:00Z'))
    // What else a folder may hold: a write cut off, the user's own files, a folder, a link.
    await writeFile(join(dir, `.${NAME}.0a1b2c3d4e5f.tmp`), 'half')
    await writeFile(join(dir, 'notes.txt'), 'mine')
    await writeFile(join(dir, 'workspace-2026-02-04T08-00-00Z.tdbackup.partial'), '')
    await mkdir(join(dir, 'workspace-2026-02-05T08-00-00Z.tdbackup'))
    await symlink(join(dir, NAME), join(dir, 'workspace-2026-02-06T08-00-00Z.tdbackup'))
    expect(await listAutoBackups(dir)).toEqual([
      { name: NAME, at: '2026-02-04T08:00:00Z', bytes: 3 },
    ])
  })

  it('has none in a folder that does not exist yet', async () => {
    expect(await listAutoBackups(join(dir, 'missing'))).toEqual([])
  })

  it.each([
    '../secrets.txt',
    `../${NAME}`,
    `Backups/${NAME}`,
    `sub\\${NAME}`,
    `/etc/${NAME}`,
    `${NAME}/`,
    `${NAME}.partial`,
    'notes.txt',
    '',
  ])('refuses %j: not the name of an automatic backup, and reads nothing', async (name) => {
    await writeAutoBackup(dir, bytes('one'), new Date('2026-02-04T08:00:00Z'))
    await mkdir(join(dir, 'Backups'))
    await writeFile(join(dir, 'Backups', NAME), 'elsewhere')
    await expect(readAutoBackup(dir, name)).rejects.toThrow(/is not an automatic backup/)
  })

  it('refuses what is not a regular file under a backup’s name, and a missing one', async () => {
    await mkdir(dir, { recursive: true })
    await mkdir(join(dir, NAME))
    await expect(readAutoBackup(dir, NAME)).rejects.toThrow(/not a regular file/)
    const outside = join(dir, '..', 'outside.tdbackup')
    await writeFile(outside, 'outside')
    const linked = 'workspace-2026-02-05T08-00-00Z.tdbackup'
    await symlink(outside, join(dir, linked))
    await expect(readAutoBackup(dir, linked)).rejects.toThrow(/not a regular file/)
    await expect(
      readAutoBackup(dir, 'workspace-2026-02-06T08-00-00Z.tdbackup'),
    ).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('removes the temp file of a write cut off long ago, not one being written', async () => {
    await mkdir(dir, { recursive: true })
    const old = `.${NAME}.0a1b2c3d4e5f.tmp`
    const recent = '.workspace-2026-02-04T08-14-00Z.tdbackup.abcdef012345.tmp'
    const mine = '.notes.txt.abcdef012345.tmp'
    for (const name of [old, recent, mine]) await writeFile(join(dir, name), 'half')
    const now = new Date('2026-02-04T08:15:00Z')
    const longAgo = new Date(now.getTime() - STALE_TEMP_MS - 1000)
    await utimes(join(dir, old), longAgo, longAgo)
    await utimes(join(dir, mine), longAgo, longAgo)
    await utimes(join(dir, recent), now, now)
    const { name, removed } = await writeAutoBackup(dir, bytes('new'), now)
    expect(removed).toEqual([old])
    expect((await readdir(dir)).sort()).toEqual([recent, mine, name].sort())
  })
})
