import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { describeStorageError, StorageError } from '../../src/renderer/db/storage-errors'

describe('describeStorageError', () => {
  it('says the disk is full, and that the edit is still on screen', () => {
    const direct = describeStorageError(new DOMException('quota', 'QuotaExceededError'))
    const wrapped = describeStorageError(
      new Dexie.AbortError('aborted', new DOMException('q', 'QuotaExceededError')),
    )
    for (const error of [direct, wrapped]) {
      expect(error.kind).toBe('quota')
      expect(error.message).toMatch(/disk is full/)
      expect(error.message).toMatch(/still on screen/)
    }
  })

  it('names the LRN another declaration already uses', () => {
    const error = describeStorageError(new Dexie.ConstraintError('Key already exists'), {
      lrn: 'KZ-1',
    })
    expect(error.kind).toBe('lrn-taken')
    expect(error.message).toBe(
      'The LRN KZ-1 is already used by another declaration; change it and your edit will be saved.',
    )
  })

  it('explains a database that cannot be opened or written', () => {
    for (const error of [
      new Dexie.DatabaseClosedError(),
      new Dexie.MissingAPIError(),
      new DOMException('x', 'InvalidStateError'),
    ]) {
      expect(describeStorageError(error).kind).toBe('unavailable')
      expect(describeStorageError(error).message).toMatch(/cannot be opened or written/)
    }
  })

  it('passes other failures on with their reason, and keeps a StorageError as it is', () => {
    expect(describeStorageError(new Error('disk on fire')).message).toBe(
      'Saving failed (disk on fire). Your edit is still on screen.',
    )
    const known = new StorageError('already said', 'other')
    expect(describeStorageError(known)).toBe(known)
  })
})
