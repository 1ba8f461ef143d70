import { execFileSync } from 'node:child_process'
import {
  chmod,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  symlink,
  truncate,
  writeFile,
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { describeFsError, readPickedFile, writeFileAtomic } from '../../src/main/core/files'
import { MAX_DECLARATION_FILE_BYTES } from '../../src/shared/format/constants'

/**
 * Failures the disk rarely gives on demand (a rename or a write that fails half-way) are
 * injected here; everything else goes to the real file system.
 */
const inject = vi.hoisted(() => ({
  renameError: null as NodeJS.ErrnoException | null,
  writeError: null as NodeJS.ErrnoException | null,
}))

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>()
  return {
    ...real,
    rename: async (...args: Parameters<typeof real.rename>) => {
      if (inject.renameError) throw inject.renameError
      return real.rename(...args)
    },
    open: async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args)
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
    await symlink(real, join(dir, 'latest.pdf'))
    await writeFileAtomic(join(dir, 'latest.pdf'), 'new')
    expect((await lstat(join(dir, 'latest.pdf'))).isSymbolicLink()).toBe(true)
    expect(await readFile(real, 'utf8')).toBe('new')
    expect((await readdir(dir)).sort()).toEqual(['latest.pdf', 'real.pdf'])
  })

  it('keeps the permissions of the file it replaces', async () => {
    const target = join(dir, 'private.json')
    await writeFile(target, 'old')
    await chmod(target, 0o600)
    await writeFileAtomic(target, 'new')
    expect((await stat(target)).mode & 0o777).toBe(0o600)
  })

  it('refuses a pipe, a device and a link to nothing before writing anything', async () => {
    const pipe = join(dir, 'pipe')
    execFileSync('mkfifo', [pipe])
    await expect(writeFileAtomic(pipe, 'x')).rejects.toThrow('it is a pipe, not a file')
    await expect(writeFileAtomic('/dev/null', 'x')).rejects.toThrow('it is a device, not a file')
    expect((await lstat('/dev/null')).isCharacterDevice()).toBe(true)
    await symlink(join(dir, 'nowhere'), join(dir, 'dangling'))
    const refused = await writeFileAtomic(join(dir, 'dangling'), 'x').catch((error) => error)
    expect(describeFsError(refused)).toBe('it is a link to nothing; choose a file to write')
    expect((await readdir(dir)).sort()).toEqual(['dangling', 'pipe'])
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

  it('decodes invalid UTF-8 to U+FFFD so the reader can refuse it', async () => {
    const file = join(dir, 'latin1.json')
    await writeFile(file, Buffer.from([0x7b, 0xe9, 0x7d]))
    const picked = await readPickedFile(file)
    expect(picked).toMatchObject({ name: 'latin1.json', text: '{\uFFFD}', byteLength: 3 })
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
