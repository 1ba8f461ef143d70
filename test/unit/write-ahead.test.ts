/**
 * The write-ahead of unsaved edits: put back after a crash, never onto another document, another
 * revision, or into another window that is still editing.
 */
import { describe, expect, it } from 'vitest'
import { WriteAhead } from '../../src/renderer/features/editor/write-ahead'
import type { Windows } from '../../src/renderer/features/editor/windows'
import { setAt } from '../../src/shared/json'
import { generateDeclaration } from '../fixtures/generate'

function memoryStorage() {
  const items = new Map<string, string>()
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
    key: (i: number) => [...items.keys()][i] ?? null,
    get length() {
      return items.size
    },
  }
}

/** Windows as the Web Locks would report them: `self`, and which are open. */
function windows(self: string, open: string[] = [self]): Windows {
  return { self: Promise.resolve(self), open: async () => new Set(open) }
}

async function writeAheadOf(storage: ReturnType<typeof memoryStorage>, of: Windows) {
  const notes = new WriteAhead(storage, of)
  await of.self
  return notes
}

describe('write-ahead of the edit in progress', () => {
  const stored = generateDeclaration(999)
  const pending = setAt(
    stored,
    ['consignments', 0, 'items', 10, 'description'],
    'Курага, typed just now',
  )

  it('puts the unsaved edit back onto the stored document, with a note of a few bytes', async () => {
    const storage = memoryStorage()
    const notes = await writeAheadOf(storage, windows('w1'))
    notes.note('d1', pending, stored, 'r1')
    expect([...storage.items.values()][0]!.length).toBeLessThan(400)
    // The same window after a reload.
    const reloaded = await writeAheadOf(storage, windows('w1'))
    expect(await reloaded.recover('d1', stored, 'r1')).toEqual(pending)
  })

  it('has nothing to recover once the edit is stored, or for another declaration', async () => {
    const storage = memoryStorage()
    const notes = await writeAheadOf(storage, windows('w1'))
    notes.note('d1', pending, stored, 'r1')
    expect(await notes.recover('d2', stored, 'r1')).toBeNull()
    notes.clear('d1')
    expect(await notes.recover('d1', stored, 'r1')).toBeNull()
  })

  it('takes the note of a window that is gone (a crash), never of one still open', async () => {
    const storage = memoryStorage()
    const first = await writeAheadOf(storage, windows('w1'))
    first.note('d1', pending, stored, 'r1')

    const besideIt = await writeAheadOf(storage, windows('w2', ['w1', 'w2']))
    expect(await besideIt.recover('d1', stored, 'r1')).toBeNull()
    expect(storage.items.size).toBe(1)

    const afterCrash = await writeAheadOf(storage, windows('w3'))
    expect(await afterCrash.recover('d1', stored, 'r1')).toEqual(pending)
    expect(storage.items.size).toBe(0)
  })

  it('drops a note made over another revision, or that does not fit the document', async () => {
    const storage = memoryStorage()
    const notes = await writeAheadOf(storage, windows('w1'))
    notes.note('d1', pending, stored, 'r1')
    expect(await notes.recover('d1', stored, 'r2')).toBeNull()
    expect(storage.items.size).toBe(0)

    notes.note('d1', pending, stored, 'r1')
    const savedSince = setAt(stored, ['consignments', 0, 'items', 10, 'description'], 'other')
    expect(await notes.recover('d1', savedSince, 'r1')).toBeNull()
    expect(storage.items.size).toBe(0)

    storage.setItem('transitdesk.pending.d1.w1', '{not json')
    expect(await notes.recover('d1', stored, 'r1')).toBeNull()
    expect(storage.items.size).toBe(0)
  })

  it('reads the note of the version before windows had ids', async () => {
    const storage = memoryStorage()
    const notes = await writeAheadOf(storage, windows('w1'))
    notes.note('d1', pending, stored)
    const [note] = [...storage.items.values()]
    storage.items.clear()
    storage.setItem('transitdesk.pending.d1', note!)
    expect(await notes.recover('d1', stored, undefined)).toEqual(pending)
  })

  it('takes the newest of several notes of windows that are gone', async () => {
    const storage = memoryStorage()
    const older = setAt(stored, ['consignments', 0, 'items', 10, 'description'], 'older')
    ;(await writeAheadOf(storage, windows('w1'))).note('d1', older, stored, 'r1')
    await new Promise((resolve) => setTimeout(resolve, 5))
    ;(await writeAheadOf(storage, windows('w2'))).note('d1', pending, stored, 'r1')
    const later = await writeAheadOf(storage, windows('w3'))
    expect(await later.recover('d1', stored, 'r1')).toEqual(pending)
  })

  it('never throws when the storage refuses to write', async () => {
    const full = {
      ...memoryStorage(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
    }
    const notes = await writeAheadOf(full, windows('w1'))
    expect(() => notes.note('d1', pending, stored, 'r1')).not.toThrow()
  })
})
