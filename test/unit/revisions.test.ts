/**
 * Two windows saving one declaration (fake-indexeddb): each save is made over the revision its
 * window opened; a save over another window's is refused with nothing written, and the history
 * records every version that was stored.
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DeclarationChangedError, DeclarationRepository } from '../../src/renderer/db/declarations'
import { documentAtVersion, listVersions } from '../../src/renderer/db/history'
import { WorkspaceDatabase } from '../../src/renderer/db/schema'
import type { JsonObject } from '../../src/shared/json'
import { sampleText } from './samples'

let db: WorkspaceDatabase
let repo: DeclarationRepository
let time: number
let counter = 0

beforeEach(() => {
  time = Date.parse('2026-02-04T09:00:00Z')
  db = new WorkspaceDatabase(`revisions-${++counter}-${Date.now()}`, { indexedDB, IDBKeyRange })
  repo = new DeclarationRepository(db, () => new Date((time += 1000)))
})
afterEach(async () => {
  await db.delete()
})

const tir = () => JSON.parse(sampleText('tir-almaty-karachi.json')) as JsonObject
const withRemarks = (remarks: string): JsonObject => ({ ...tir(), remarks })

describe('revisions', () => {
  it('gives every write a new revision, and opens a document with the one stored', async () => {
    const id = await repo.create(tir())
    const opened = await repo.open(id)
    expect(opened?.document).toEqual(tir())
    expect(opened?.revision).toMatch(/^[0-9a-f-]{36}$/)
    const next = await repo.save(id, withRemarks('one'), {
      expected: { revision: opened!.revision },
    })
    expect(next).not.toBe(opened!.revision)
    expect((await repo.open(id))?.revision).toBe(next)
    expect(await repo.open('no-such-id')).toBeUndefined()
  })

  it('refuses a save over another window’s, writing nothing', async () => {
    const id = await repo.create(tir())
    const first = (await repo.open(id))!
    const second = (await repo.open(id))!
    await repo.save(id, withRemarks('from the first window'), {
      expected: { revision: first.revision },
      previous: first.document,
    })
    const stored = await repo.open(id)
    const versions = await listVersions(db, id)
    const summary = await repo.getSummary(id)

    await expect(
      repo.save(id, withRemarks('stale copy of the second window'), {
        expected: { revision: second.revision },
        previous: second.document,
      }),
    ).rejects.toBeInstanceOf(DeclarationChangedError)
    expect(await repo.open(id)).toEqual(stored)
    expect(await listVersions(db, id)).toEqual(versions)
    expect(await repo.getSummary(id)).toEqual(summary)
  })

  it('saves over a document stored before revisions, once', async () => {
    const id = await repo.create(tir())
    await db.documents.update(id, { revision: undefined })
    const legacy = (await repo.open(id))!
    expect(legacy.revision).toBeUndefined()
    await repo.save(id, withRemarks('first'), { expected: { revision: undefined } })
    await expect(
      repo.save(id, withRemarks('second'), { expected: { revision: undefined } }),
    ).rejects.toBeInstanceOf(DeclarationChangedError)
  })

  it('saves without a revision when told to save over anything (an import replacing it)', async () => {
    const id = await repo.create(tir())
    await repo.save(id, withRemarks('edited'))
    await repo.save(id, withRemarks('imported'), { summary: 'now', readiness: 'unknown' })
    expect((await repo.open(id))?.document).toEqual(withRemarks('imported'))
    // The history's changes lead back to what was stored, not to what a caller thought it was.
    const [, before] = await listVersions(db, id)
    expect(await documentAtVersion(db, id, before!.seq)).toEqual(withRemarks('edited'))
  })
})

describe('catching the summary up', () => {
  it('writes only the summary row, and only over the revision given', async () => {
    const id = await repo.create(tir())
    const opened = (await repo.open(id))!
    const edited = { ...tir(), procedure: 'T1' }
    // An autosave whose summary lags (a quick second save).
    const revision = await repo.save(id, edited, { expected: { revision: opened.revision } })
    await db.declarations.update(id, { procedure: 'TIR' })
    const documentRow = await db.documents.get(id)

    await repo.catchUpSummary(id, edited, 'another revision')
    expect((await repo.getSummary(id))?.procedure).toBe('TIR')

    await repo.catchUpSummary(id, edited, revision)
    expect((await repo.getSummary(id))?.procedure).toBe('T1')
    expect((await repo.getSummary(id))?.updatedAt).toBe(documentRow?.savedAt)
    expect(await db.documents.get(id)).toEqual(documentRow)
  })
})
