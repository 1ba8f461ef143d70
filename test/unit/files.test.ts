import { execFileSync } from 'node:child_process'
import {
  chmod,
  link,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  readlink,
  realpath,
  rm,
  stat,
  symlink,
  truncate,
  writeFile,
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  describeFsError,
  readPickedFile,
  sameFile,
  UnwritableTargetError,
  writeFileAtomic,
} from '../../src/main/core/files'
import { MAX_DECLARATION_FILE_BYTES } from '../../src/shared/format/constants'

/**
 * Failures the disk rarely gives on demand (a rename or a write that fails half-way, a folder
 * that cannot be synced) are injected here, and renames and folder syncs are noted in order;
 * everything else goes to the real file system. Nothing is ever renamed into /dev: a test of
 * /dev/null cannot replace it, even run as root against code that lost its check.
 */
const inject = vi.hoisted(() => ({
  renameError: null as NodeJS.ErrnoException | null,
  writeError: null as NodeJS.ErrnoException | null,
  closeError: null as NodeJS.ErrnoException | null,
  folderOpenError: null as NodeJS.ErrnoException | null,
  folderSyncError: null as NodeJS.ErrnoException | null,
  /** `rename TO` and `sync-folder PATH`, as they happened */
  events: [] as string[],
}))

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>()
  return {
    ...real,
    rename: async (...args: Parameters<typeof real.rename>) => {
      if (inject.renameError) throw inject.renameError
      const to = String(args[1])
      if (to.startsWith('/dev/')) {
        throw Object.assign(new Error(`test guard: no rename into ${to}`), { code: 'EPERM' })
      }
      await real.rename(...args)
      inject.events.push(`rename ${to}`)
    },
    open: async (...args: Parameters<typeof real.open>) => {
      const [path, flags] = args
      // writeFileAtomic opens its temp file 'wx' and the folder it syncs 'r'.
      if (flags === 'r' && inject.folderOpenError) throw inject.folderOpenError
      const handle = await real.open(...args)
      if (flags === 'r') {
        const sync = handle.sync.bind(handle)
        handle.sync = async () => {
          if (inject.folderSyncError) throw inject.folderSyncError
          await sync()
          inject.events.push(`sync-folder ${String(path)}`)
        }
      }
      if (flags === 'wx' && inject.closeError) {
        const error = inject.closeError
        const close = handle.close.bind(handle)
        handle.close = async () => {
          await close()
          throw error
        }
      }
      if (inject.writeError) {
        const error = inject.writeError
        // Write a little, then fail, as a full disk does.
        handle.writeFile = (async () => {
          await real.writeFile(args[0] as string, 'half')
          throw error
        }) as typeof handle.writeFile
      }
      return handle
    },
  }
})

const fsError = (code: string, message = code) =>
  Object.assign(new Error(message), { code }) as NodeJS.ErrnoException

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'transitdesk-files-'))
})
afterEach(async () => {
  inject.renameError = null
  inject.writeError = null
  inject.closeError = null
  inject.folderOpenError = null
  inject.folderSyncError = null
  inject.events = []
  await rm(dir, { recursive: true, force: true })
})

describe('writeFileAtomic', () => {
  it('writes text and bytes, creating or replacing the file', async () => {
    const file = join(dir, 'KZ-ALA-2026-0117.json')
    await writeFileAtomic(file, '{"lrn":"Ә"}\n')
    expect(await readFile(file, 'utf8')).toBe('{"lrn":"Ә"}\n')
    await writeFileAtomic(file, new Uint8Array([1, 2, 3]))
    expect([...(await readFile(file))]).toEqual([1, 2, 3])
    expect(await readdir(dir)).toEqual(['KZ-ALA-2026-0117.json'])
  })

  it('writes an empty file', async () => {
    const file = join(dir, 'empty.json')
    await writeFileAtomic(file, '')
    expect((await stat(file)).size).toBe(0)
  })

  it('fails when the target is a folder, leaving the folder intact and no temp file', async () => {
    const target = join(dir, 'export.json')
    await mkdir(target)
    await writeFile(join(target, 'inside.txt'), 'keep me')
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow()
    expect(await readFile(join(target, 'inside.txt'), 'utf8')).toBe('keep me')
    expect(await readdir(dir)).toEqual(['export.json'])
  })

  it('writes through a link: the file it points to changes, the link stays a link', async () => {
    const real = join(dir, 'real.pdf')
    await writeFile(real, 'old')
    await symlink('real.pdf', join(dir, 'latest.pdf')) // relative, as `ln -s` makes them
    await symlink(join(dir, 'latest.pdf'), join(dir, 'newest.pdf')) // a link to a link
    await writeFileAtomic(join(dir, 'newest.pdf'), 'new')
    expect((await lstat(join(dir, 'latest.pdf'))).isSymbolicLink()).toBe(true)
    expect((await lstat(join(dir, 'newest.pdf'))).isSymbolicLink()).toBe(true)
    expect(await readlink(join(dir, 'latest.pdf'))).toBe('real.pdf')
    expect(await readFile(real, 'utf8')).toBe('new')
    expect((await readdir(dir)).sort()).toEqual(['latest.pdf', 'newest.pdf', 'real.pdf'])
  })

  it('writes through a linked folder, the temp file beside the real target', async () => {
    const archive = join(dir, 'archive')
    await mkdir(archive)
    await writeFile(join(archive, 'packet.pdf'), 'old')
    await mkdir(join(dir, 'elsewhere'))
    await symlink(archive, join(dir, 'elsewhere', 'current'))
    await writeFileAtomic(join(dir, 'elsewhere', 'current', 'packet.pdf'), 'new')
    await writeFileAtomic(join(dir, 'elsewhere', 'current', 'fresh.pdf'), 'fresh')
    expect((await lstat(join(dir, 'elsewhere', 'current'))).isSymbolicLink()).toBe(true)
    expect(await readFile(join(archive, 'packet.pdf'), 'utf8')).toBe('new')
    expect(await readFile(join(archive, 'fresh.pdf'), 'utf8')).toBe('fresh')
    expect((await readdir(archive)).sort()).toEqual(['fresh.pdf', 'packet.pdf'])
    expect(await readdir(join(dir, 'elsewhere'))).toEqual(['current'])
  })

  it('keeps the permissions of the file it replaces, also through a link', async () => {
    const target = join(dir, 'private.json')
    await writeFile(target, 'old')
    await chmod(target, 0o640)
    await writeFileAtomic(target, 'new')
    expect((await stat(target)).mode & 0o7777).toBe(0o640)
    await chmod(target, 0o600)
    await symlink(target, join(dir, 'link.json'))
    await writeFileAtomic(join(dir, 'link.json'), 'newer')
    expect(await readFile(target, 'utf8')).toBe('newer')
    expect((await stat(target)).mode & 0o7777).toBe(0o600)
  })

  it('gives a new file the default permissions', async () => {
    await writeFile(join(dir, 'plain.json'), 'made the usual way')
    const usual = (await stat(join(dir, 'plain.json'))).mode & 0o7777
    await writeFileAtomic(join(dir, 'new.json'), 'new')
    expect((await stat(join(dir, 'new.json'))).mode & 0o7777).toBe(usual)
  })

  it('refuses a pipe in one sentence naming it, leaving it a pipe, without waiting', async () => {
    const pipe = join(dir, 'pipe')
    execFileSync('mkfifo', [pipe])
    const refused: unknown = await writeFileAtomic(pipe, 'x').catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(UnwritableTargetError)
    expect((refused as Error).message).toBe(
      `“${pipe}” is not a regular file (a pipe): choose a file to write.`,
    )
    expect(describeFsError(refused)).toBe('it is not a regular file (a pipe)')
    expect((await lstat(pipe)).isFIFO()).toBe(true)
    expect(await readdir(dir)).toEqual(['pipe'])
    expect(inject.events).toEqual([])
  })

  it('refuses /dev/null, and a link to it, leaving the device as it was', async () => {
    const before = await lstat('/dev/null')
    await symlink('/dev/null', join(dir, 'out.pdf'))
    for (const path of ['/dev/null', join(dir, 'out.pdf')]) {
      await expect(writeFileAtomic(path, 'x')).rejects.toThrow(
        `“${path}” is not a regular file (a device): choose a file to write.`,
      )
    }
    const after = await lstat('/dev/null')
    expect(after.isCharacterDevice()).toBe(true)
    expect([after.ino, after.rdev, after.mode]).toEqual([before.ino, before.rdev, before.mode])
    expect((await lstat(join(dir, 'out.pdf'))).isSymbolicLink()).toBe(true)
    expect(await readdir(dir)).toEqual(['out.pdf'])
    expect(inject.events).toEqual([])
  })

  it('refuses a link to a folder, a link to nothing and a loop of links, keeping them', async () => {
    await mkdir(join(dir, 'folder'))
    await symlink(join(dir, 'folder'), join(dir, 'to-folder.pdf'))
    await symlink(join(dir, 'nowhere.pdf'), join(dir, 'dangling.pdf'))
    await symlink(join(dir, 'loop-b'), join(dir, 'loop-a'))
    await symlink(join(dir, 'loop-a'), join(dir, 'loop-b'))
    const reasons: Record<string, string> = {}
    for (const name of ['to-folder.pdf', 'dangling.pdf', 'loop-a']) {
      const refused: unknown = await writeFileAtomic(join(dir, name), 'x').catch((e) => e)
      expect(refused).toBeInstanceOf(UnwritableTargetError)
      expect((refused as Error).message).toMatch(/^“.+” .+: choose a file to write\.$/)
      reasons[name] = describeFsError(refused)
    }
    expect(reasons).toEqual({
      'to-folder.pdf': 'it is not a regular file (a folder)',
      'dangling.pdf': 'it is a link to nothing',
      'loop-a': 'it is a link that loops',
    })
    expect(await readlink(join(dir, 'dangling.pdf'))).toBe(join(dir, 'nowhere.pdf'))
    expect((await readdir(dir)).sort()).toEqual([
      'dangling.pdf',
      'folder',
      'loop-a',
      'loop-b',
      'to-folder.pdf',
    ])
    expect(await readdir(join(dir, 'folder'))).toEqual([])
  })

  it('syncs the folder after the rename, the real folder when written through a link', async () => {
    await mkdir(join(dir, 'real'))
    await symlink(join(dir, 'real'), join(dir, 'linked'))
    await writeFileAtomic(join(dir, 'a.json'), 'a')
    await writeFileAtomic(join(dir, 'linked', 'b.json'), 'b')
    const real = await realpath(join(dir, 'real'))
    expect(inject.events).toEqual([
      `rename ${join(dir, 'a.json')}`,
      `sync-folder ${dir}`,
      `rename ${join(dir, 'linked', 'b.json')}`,
      `sync-folder ${join(dir, 'linked')}`,
    ])
    inject.events = []
    await symlink(join(real, 'b.json'), join(dir, 'b-link.json'))
    await writeFileAtomic(join(dir, 'b-link.json'), 'b2')
    expect(inject.events).toEqual([`rename ${join(real, 'b.json')}`, `sync-folder ${real}`])
  })

  it.each(['EISDIR', 'EPERM', 'EINVAL'])(
    'writes all the same where a folder cannot be synced (%s, as on Windows)',
    async (code) => {
      const file = join(dir, 'decl.json')
      inject.folderOpenError = code === 'EISDIR' ? fsError(code) : null
      inject.folderSyncError = code === 'EISDIR' ? null : fsError(code)
      await writeFileAtomic(file, 'new')
      expect(await readFile(file, 'utf8')).toBe('new')
      expect(inject.events).toEqual([`rename ${file}`])
    },
  )

  it('reports an i/o error while syncing the folder', async () => {
    inject.folderSyncError = fsError('EIO', 'i/o error')
    await expect(writeFileAtomic(join(dir, 'decl.json'), 'new')).rejects.toMatchObject({
      code: 'EIO',
    })
  })

  it('keeps the old file and removes the temp file when closing it fails', async () => {
    const file = join(dir, 'decl.json')
    await writeFile(file, 'old content')
    inject.closeError = fsError('EIO', 'i/o error')
    await expect(writeFileAtomic(file, 'new content')).rejects.toThrow('i/o error')
    expect(await readFile(file, 'utf8')).toBe('old content')
    expect(await readdir(dir)).toEqual(['decl.json'])
  })

  it('fails when the folder does not exist, creating nothing', async () => {
    const target = join(dir, 'missing', 'x.json')
    await expect(writeFileAtomic(target, 'new')).rejects.toMatchObject({ code: 'ENOENT' })
    expect(await readdir(dir)).toEqual([])
  })

  it('keeps the old file and removes the temp file when the rename fails', async () => {
    const file = join(dir, 'decl.json')
    await writeFile(file, 'old content')
    inject.renameError = fsError('EXDEV', 'cross-device link not permitted')
    await expect(writeFileAtomic(file, 'new content')).rejects.toThrow('cross-device')
    expect(await readFile(file, 'utf8')).toBe('old content')
    expect(await readdir(dir)).toEqual(['decl.json'])
  })

  it('keeps the old file and removes the half-written temp file when writing fails', async () => {
    const file = join(dir, 'decl.json')
    await writeFile(file, 'old content')
    inject.writeError = fsError('ENOSPC', 'no space left on device')
    await expect(writeFileAtomic(file, 'new content')).rejects.toMatchObject({ code: 'ENOSPC' })
    expect(await readFile(file, 'utf8')).toBe('old content')
    expect(await readdir(dir)).toEqual(['decl.json'])
  })

  it('gives concurrent writes distinct temp files; the file ends as one of them, whole', async () => {
    const file = join(dir, 'decl.json')
    const contents = Array.from({ length: 10 }, (_, i) => `version ${i} `.repeat(1000))
    await Promise.all(contents.map((c) => writeFileAtomic(file, c)))
    expect(contents).toContain(await readFile(file, 'utf8'))
    expect(await readdir(dir)).toEqual(['decl.json'])
  })
})

describe('sameFile', () => {
  it('knows one file under any name: `..`, a linked folder, a link, a hard link', async () => {
    await mkdir(join(dir, 'in'))
    const input = join(dir, 'in', 'decl.json')
    await writeFile(input, '{}')
    await symlink(join(dir, 'in'), join(dir, 'link'))
    await symlink(input, join(dir, 'decl-link.json'))
    await link(input, join(dir, 'hard.json'))
    for (const other of [
      input,
      join(dir, 'in', '..', 'in', 'decl.json'),
      join(dir, 'link', 'decl.json'),
      join(dir, 'decl-link.json'),
      join(dir, 'hard.json'),
    ]) {
      expect([other, await sameFile(other, input)]).toEqual([other, true])
    }
  })

  it('tells different files apart, and a file not yet written from one that exists', async () => {
    await mkdir(join(dir, 'in'))
    const input = join(dir, 'in', 'decl.json')
    await writeFile(input, '{}')
    await writeFile(join(dir, 'in', 'copy.json'), '{}')
    expect(await sameFile(join(dir, 'in', 'copy.json'), input)).toBe(false)
    expect(await sameFile(join(dir, 'in', 'decl.pdf'), input)).toBe(false)
    expect(await sameFile(join(dir, 'in'), input)).toBe(false)
  })

  it('takes two names of a file not yet written as one when they lead to one place', async () => {
    await mkdir(join(dir, 'in'))
    await symlink(join(dir, 'in'), join(dir, 'link'))
    const planned = join(dir, 'in', 'new.pdf')
    expect(await sameFile(join(dir, 'link', 'new.pdf'), planned)).toBe(true)
    expect(await sameFile(`${dir}/link/../in/new.pdf/.`, planned)).toBe(true)
    expect(await sameFile(join(dir, 'link', 'other.pdf'), planned)).toBe(false)
  })
})

describe('readPickedFile', () => {
  it('reads a normal file as UTF-8 with its byte length', async () => {
    const file = join(dir, 'Декларация.json')
    const text = '{"format":"transitdesk.declaration/1","holder":{"name":"ТОО"}}'
    await writeFile(file, text)
    expect(await readPickedFile(file)).toEqual({
      name: 'Декларация.json',
      text,
      byteLength: Buffer.byteLength(text),
    })
  })

  it('refuses bytes that are not UTF-8 in one sentence naming the file', async () => {
    const file = join(dir, 'latin1.json')
    await writeFile(file, Buffer.from([0x7b, 0xe9, 0x7d]))
    expect(await readPickedFile(file)).toEqual({
      name: 'latin1.json',
      error:
        '“latin1.json” cannot be read: it is not UTF-8 text (it looks like a binary or differently encoded file).',
    })
  })

  it('reads a genuine U+FFFD as a character', async () => {
    const file = join(dir, 'fffd.json')
    const text = '{"remarks":"illegible: \uFFFD"}'
    await writeFile(file, text)
    expect(await readPickedFile(file)).toEqual({
      name: 'fffd.json',
      text,
      byteLength: Buffer.byteLength(text),
    })
  })

  it('reads a file of exactly 16 MiB', async () => {
    const file = join(dir, 'edge.json')
    await writeFile(file, '')
    await truncate(file, MAX_DECLARATION_FILE_BYTES)
    const picked = await readPickedFile(file)
    expect('text' in picked && picked.text.length).toBe(MAX_DECLARATION_FILE_BYTES)
    expect(picked).toMatchObject({ byteLength: MAX_DECLARATION_FILE_BYTES })
  })

  it('does not read a file over 16 MiB: empty text and the size on disk', async () => {
    const file = join(dir, 'huge.json')
    await writeFile(file, '')
    const size = MAX_DECLARATION_FILE_BYTES + 1
    await truncate(file, size) // sparse: no disk space used
    expect(await readPickedFile(file)).toEqual({ name: 'huge.json', text: '', byteLength: size })
  })

  it('explains a missing file in one sentence naming it', async () => {
    const picked = await readPickedFile(join(dir, 'gone.json'))
    expect(picked).toEqual({
      name: 'gone.json',
      error: '“gone.json” could not be read: the file or folder does not exist.',
    })
  })

  it('refuses a folder', async () => {
    await mkdir(join(dir, 'folder.json'))
    const picked = await readPickedFile(join(dir, 'folder.json'))
    expect(picked).toEqual({
      name: 'folder.json',
      error: '“folder.json” cannot be read: it is not a file.',
    })
  })
})

describe('describeFsError', () => {
  it.each([
    ['ENOENT', 'the file or folder does not exist'],
    ['EACCES', 'permission was denied'],
    ['EPERM', 'permission was denied'],
    ['ENOSPC', 'the disk is full'],
    ['EROFS', 'the disk is read-only'],
    ['EISDIR', 'it is a folder'],
  ])('tells %s in plain words', (code, words) => {
    expect(describeFsError(fsError(code))).toBe(words)
  })

  it('falls back to the message, then to a generic sentence', () => {
    expect(describeFsError(fsError('EIO', 'i/o error'))).toBe('i/o error')
    expect(describeFsError(undefined)).toBe('an unknown error occurred')
  })
})
