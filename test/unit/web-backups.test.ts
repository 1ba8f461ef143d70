/**
 * The browser edition's automatic backups over an in-memory stand-in for the origin private
 * file system, which behaves as Chromium's does where it matters here: getFileHandle with
 * `create` makes an empty file at once; a writable stream changes the file only on close; move
 * renames. A full storage is a write that rejects; a file whose write was aborted may refuse to
 * be removed for a moment.
 */
import { describe, expect, it } from 'vitest'
import {
  createWebAutoBackups,
  PARTIAL,
  STALE_PARTIAL_MS,
  type BackupFileHandle,
  type BackupFolder,
} from '../../src/renderer/platform/web-backups'

interface StoredFile {
  bytes: Uint8Array
  lastModified: number
}

class MemoryFolder implements BackupFolder {
  readonly files = new Map<string, StoredFile>()
  /** the names there were at each write to a stream (what another tab would see meanwhile) */
  readonly seenWhileWriting: string[][] = []
  writeError: Error | null = null
  /** how many removals a file refuses after a write to it is aborted (Chromium holds it a moment) */
  holdAfterAbort = 0
  private readonly held = new Map<string, number>()

  constructor(
    private readonly clock: () => number,
    private readonly withMove: boolean,
  ) {}

  names(): string[] {
    return [...this.files.keys()].sort()
  }

  put(name: string, bytes: Uint8Array, lastModified = this.clock()): void {
    this.files.set(name, { bytes, lastModified })
  }

  async getFileHandle(name: string, options?: { create?: boolean }): Promise<BackupFileHandle> {
    if (!this.files.has(name)) {
      if (!options?.create) throw new DOMException(`${name} not found`, 'NotFoundError')
      this.put(name, new Uint8Array())
    }
    return this.handle(name)
  }

  async removeEntry(name: string): Promise<void> {
    const refusals = this.held.get(name) ?? 0
    if (refusals > 0) {
      this.held.set(name, refusals - 1)
      throw new DOMException(`${name} is in use`, 'NoModificationAllowedError')
    }
    if (!this.files.delete(name)) throw new DOMException(`${name} not found`, 'NotFoundError')
  }

  async *entries(): AsyncIterable<[string, { kind: string }]> {
    for (const name of [...this.files.keys()]) yield [name, { kind: 'file' }]
  }

  private handle(initial: string): BackupFileHandle {
    let name = initial
    const stored = () => {
      const file = this.files.get(name)
      if (!file) throw new DOMException(`${name} not found`, 'NotFoundError')
      return file
    }
    const handle: BackupFileHandle = {
      getFile: async () => {
        const { bytes, lastModified } = stored()
        return {
          size: bytes.byteLength,
          lastModified,
          arrayBuffer: async () => bytes.slice().buffer,
        }
      },
      createWritable: async () => {
        let pending: Uint8Array | null = null
        return {
          write: async (data) => {
            this.seenWhileWriting.push(this.names())
            if (this.writeError) throw this.writeError
            pending = data.slice()
          },
          close: async () => {
            if (pending) this.put(name, pending)
          },
          abort: async () => {
            pending = null
            if (this.holdAfterAbort > 0) this.held.set(name, this.holdAfterAbort)
          },
        }
      },
    }
    if (this.withMove)
      handle.move = async (newName: string) => {
        this.files.set(newName, stored())
        this.files.delete(name)
        name = newName
      }
    return handle
  }
}

const START = Date.parse('2026-02-04T08:00:00Z')
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')
const bytes = (text: string) => new TextEncoder().encode(text)

function setup({ withMove = true, folder = true } = {}) {
  let now = START
  const dir = new MemoryFolder(() => now, withMove)
  const backups = createWebAutoBackups(
    async () => (folder ? dir : null),
    () => new Date(now),
  )
  return {
    dir,
    backups,
    later(ms: number) {
      now += ms
    },
  }
}

describe.each([
  ['with move', true],
  ['without move (older browsers)', false],
])('automatic backups in the browser, %s', (_kind, withMove) => {
  it('writes whole, lists newest first with sizes, and reads back by name', async () => {
    const { dir, backups, later } = setup({ withMove })
    await backups.write(bytes('first'))
    later(60_000)
    await backups.write(bytes('second!'))
    expect(dir.names()).toEqual([
      'workspace-2026-02-04T08-00-00Z.tdbackup',
      'workspace-2026-02-04T08-01-00Z.tdbackup',
    ])
    const list = await backups.list()
    expect(list).toEqual([
      { name: 'workspace-2026-02-04T08-01-00Z.tdbackup', at: '2026-02-04T08:01:00Z', bytes: 7 },
      { name: 'workspace-2026-02-04T08-00-00Z.tdbackup', at: '2026-02-04T08:00:00Z', bytes: 5 },
    ])
    expect(new TextDecoder().decode(await backups.read(list[1]!.name))).toBe('first')
  })

  it('leaves nothing behind when the storage is full, and every earlier backup as it was', async () => {
    const { dir, backups, later } = setup({ withMove })
    await backups.write(bytes('good'))
    later(60_000)
    dir.writeError = quota()
    await expect(backups.write(bytes('x'.repeat(100)))).rejects.toThrow(/quota/)
    expect(dir.names()).toEqual(['workspace-2026-02-04T08-00-00Z.tdbackup'])
    expect(await backups.list()).toEqual([
      { name: 'workspace-2026-02-04T08-00-00Z.tdbackup', at: '2026-02-04T08:00:00Z', bytes: 4 },
    ])
  })

  it('leaves nothing behind when the browser holds the file a moment after the failed write', async () => {
    const { dir, backups, later } = setup({ withMove })
    await backups.write(bytes('good'))
    later(60_000)
    dir.writeError = quota()
    dir.holdAfterAbort = 3
    await expect(backups.write(bytes('x'.repeat(100)))).rejects.toThrow(/quota/)
    expect(dir.names()).toEqual(['workspace-2026-02-04T08-00-00Z.tdbackup'])
  })

  it('refuses to read anything but an automatic backup’s own name', async () => {
    const { dir, backups } = setup({ withMove })
    dir.put('notes.txt', bytes('mine'))
    dir.put(`workspace-2026-02-04T08-00-00Z.tdbackup${PARTIAL}`, bytes('half'))
    for (const name of [
      'notes.txt',
      `workspace-2026-02-04T08-00-00Z.tdbackup${PARTIAL}`,
      '../workspace-2026-02-04T08-00-00Z.tdbackup',
    ])
      await expect(backups.read(name)).rejects.toThrow(/is not an automatic backup/)
    expect(await backups.list()).toEqual([])
  })
})

describe('the temporary name', () => {
  it('is all another tab could see while a backup is written; the name comes when whole', async () => {
    const { dir, backups } = setup()
    await backups.write(bytes('whole'))
    expect(dir.seenWhileWriting).toEqual([[`workspace-2026-02-04T08-00-00Z.tdbackup${PARTIAL}`]])
    expect(dir.names()).toEqual(['workspace-2026-02-04T08-00-00Z.tdbackup'])
  })

  it('sweeps partial files a closed tab left long ago, not one another tab is writing', async () => {
    const { dir, backups, later } = setup()
    const stale = `workspace-2026-02-04T07-00-00Z.tdbackup${PARTIAL}`
    dir.put(stale, bytes('cut off'), START)
    later(STALE_PARTIAL_MS)
    const fresh = `workspace-2026-02-04T08-09-59Z.tdbackup${PARTIAL}`
    dir.put(fresh, bytes('being written'))
    await backups.write(bytes('new'))
    expect(dir.names()).toEqual([fresh, 'workspace-2026-02-04T08-10-00Z.tdbackup'])
  })

  it('keeps the retention rule: three of today, one of each earlier day', async () => {
    const { dir, backups, later } = setup()
    for (let i = 0; i < 5; i++) {
      await backups.write(bytes(`${i}`))
      later(15 * 60_000)
    }
    expect(dir.names()).toEqual([
      'workspace-2026-02-04T08-30-00Z.tdbackup',
      'workspace-2026-02-04T08-45-00Z.tdbackup',
      'workspace-2026-02-04T09-00-00Z.tdbackup',
    ])
  })
})

describe('a browser without the origin private file system', () => {
  it('lists none, and says why a backup cannot be written', async () => {
    const { backups } = setup({ folder: false })
    expect(await backups.list()).toEqual([])
    await expect(backups.write(bytes('x'))).rejects.toThrow(/keeps no files/)
  })
})
