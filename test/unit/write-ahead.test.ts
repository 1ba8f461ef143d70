/** The write-ahead of unsaved edits: put back after a crash, never onto another document. */
import { describe, expect, it } from 'vitest'
import {
  clearWriteAhead,
  recoverPending,
  writeAhead,
} from '../../src/renderer/features/editor/write-ahead'
import { setAt } from '../../src/shared/json'
import { generateDeclaration } from '../fixtures/generate'

function memoryStorage() {
  const items = new Map<string, string>()
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  }
}

describe('write-ahead of the edit in progress', () => {
  const stored = generateDeclaration(999)
  const pending = setAt(
    stored,
    ['consignments', 0, 'items', 10, 'description'],
    'Курага, typed just now',
  )

  it('puts the unsaved edit back onto the stored document, with a note of a few bytes', () => {
    const storage = memoryStorage()
    writeAhead('d1', pending, stored, storage)
    expect([...storage.items.values()][0]!.length).toBeLessThan(400)
    expect(recoverPending('d1', stored, storage)).toEqual(pending)
  })

  it('has nothing to recover once the edit is stored, or for another declaration', () => {
    const storage = memoryStorage()
    writeAhead('d1', pending, stored, storage)
    expect(recoverPending('d2', stored, storage)).toBeNull()
    clearWriteAhead('d1', storage)
    expect(recoverPending('d1', stored, storage)).toBeNull()
  })

  it('drops a note that does not fit the document stored now', () => {
    const storage = memoryStorage()
    writeAhead('d1', pending, stored, storage)
    const savedSince = setAt(stored, ['consignments', 0, 'items', 10, 'description'], 'other')
    expect(recoverPending('d1', savedSince, storage)).toBeNull()
    expect(storage.items.size).toBe(0)
    storage.setItem('transitdesk.pending.d1', '{not json')
    expect(recoverPending('d1', stored, storage)).toBeNull()
  })

  it('never throws when the storage refuses to write', () => {
    const full = {
      ...memoryStorage(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
    }
    expect(() => writeAhead('d1', pending, stored, full)).not.toThrow()
  })
})
