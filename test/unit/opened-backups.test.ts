/** Backups handed over by the operating system (file association), on a real folder. */
import { chmod, mkdir, mkdtemp, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { backupPathsIn, OpenedBackups, readOpenedBackup } from '../../src/main/core/opened-backups'
import { MAX_BACKUP_BYTES } from '../../src/shared/ipc/contract'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'opened-backups-'))
})

describe('backupPathsIn', () => {
  it('keeps the backup files of a launch and nothing else', () => {
    const argv = [
      '.',
      '--inspect=9229',
      '--allow-file-access-from-files',
      'C:\\Users\\Aida\\Downloads\\workspace-2026-12-01.TDBACKUP',
      '/home/aida/declaration.json',
      '/home/aida/backups/workspace 2026-12-02.tdbackup',
      '/home/aida/backup.tdbackup.pdf',
      '-psn_0_12345',
    ]
    expect(backupPathsIn(argv)).toEqual([
      'C:\\Users\\Aida\\Downloads\\workspace-2026-12-01.TDBACKUP',
      '/home/aida/backups/workspace 2026-12-02.tdbackup',
    ])
    expect(backupPathsIn([])).toEqual([])
  })
})

describe('readOpenedBackup', () => {
  it('reads a backup file whole, under its own name', async () => {
    const path = join(dir, 'workspace.tdbackup')
    const bytes = new Uint8Array([0x54, 0x44, 0x00, 0xff, 0x10])
    await writeFile(path, bytes)
    expect(await readOpenedBackup(path)).toEqual({ name: 'workspace.tdbackup', bytes })
  })

  it('names what is wrong with a file it cannot hand over', async () => {
    expect(await readOpenedBackup(join(dir, 'gone.tdbackup'))).toEqual({
      name: 'gone.tdbackup',
      error: '“gone.tdbackup” could not be read: the file or folder does not exist.',
    })

    const folder = join(dir, 'folder.tdbackup')
    await mkdir(folder)
    expect(await readOpenedBackup(folder)).toEqual({
      name: 'folder.tdbackup',
      error: '“folder.tdbackup” cannot be read: it is not a file.',
    })

    const huge = join(dir, 'huge.tdbackup')
    await writeFile(huge, '')
    await truncate(huge, MAX_BACKUP_BYTES + 1) // sparse: nothing is written, nothing is read
    expect(await readOpenedBackup(huge)).toEqual({
      name: 'huge.tdbackup',
      error: '“huge.tdbackup” is larger than a backup can be (1 GiB).',
    })
  })

  it.skipIf(process.getuid?.() === 0)('names a file it may not read', async () => {
    const locked = join(dir, 'locked.tdbackup')
    await writeFile(locked, 'x')
    await chmod(locked, 0o000)
    const opened = await readOpenedBackup(locked)
    expect(opened).toEqual({ name: 'locked.tdbackup', error: expect.stringMatching(/permission/) })
  })
})

describe('OpenedBackups', () => {
  it('hands over the newest backup once, and nothing when there is none', async () => {
    const first = join(dir, 'first.tdbackup')
    const second = join(dir, 'second.tdbackup')
    await writeFile(first, 'one')
    await writeFile(second, 'two')
    const opened = new OpenedBackups()
    expect(await opened.take()).toBeNull()

    expect(opened.add([])).toBe(false)
    expect(opened.add([first])).toBe(true)
    expect(opened.add([first, second])).toBe(true)
    expect(await opened.take()).toEqual({
      name: 'second.tdbackup',
      bytes: new TextEncoder().encode('two'),
    })
    expect(await opened.take()).toBeNull()
  })
})
