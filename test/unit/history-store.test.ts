/** Every saved change kept as a version, in the same transaction as the document (fake-indexeddb). */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DeclarationRepository } from '../../src/renderer/db/declarations'
import { documentAtVersion, listVersions } from '../../src/renderer/db/history'
import { WorkspaceDatabase } from '../../src/renderer/db/schema'
import { setAt, type JsonObject } from '../../src/shared/json'
import { generateDeclaration } from '../fixtures/generate'

let db: WorkspaceDatabase
let repo: DeclarationRepository
let clock: number
let counter = 0

beforeEach(() => {
  clock = Date.parse('2026-02-04T08:00:00Z')
  db = new WorkspaceDatabase(`history-test-${++counter}-${Date.now()}`, { indexedDB, IDBKeyRange })
  repo = new DeclarationRepository(
    db,
    () => new Date((clock += 1000)),
    () => `d-${counter}`,
  )
})
afterEach(() => db.delete())

const GROSS = (i: number) => ['consignments', 0, 'items', i, 'grossMass']

describe('declaration history', () => {
  it('keeps each saved change as a version and rebuilds any of them', async () => {
    const first = generateDeclaration(5)
    const id = await repo.create(first)
    const second = setAt(first, ['lrn'], 'KZ-HIST-2')
    await repo.save(id, second, { previous: first })
    const third = setAt(second, GROSS(2), 42)
    await repo.save(id, third) // no `previous`: read from the database
    await repo.save(id, third, { previous: third }) // nothing changed: no version

    const versions = await listVersions(db, id)
    expect(versions.map((v) => v.places)).toEqual([['/consignments/0/items/2/grossMass'], ['/lrn']])
    expect(versions[0]!.at > versions[1]!.at).toBe(true)
    expect(await documentAtVersion(db, id, versions[0]!.seq)).toEqual(third)
    expect(await documentAtVersion(db, id, versions[1]!.seq)).toEqual(second)
    expect(await documentAtVersion(db, id, 0)).toEqual(first)
  })

  // The target is 200 edits in a fifth of the declaration (bench/history.ts); each save of 999
  // items compresses the whole document, so 50 edits are held to the same share per edit.
  it('keeps 50 single-field edits of a 999-item declaration in under a twentieth of its size', async () => {
    let doc: JsonObject = generateDeclaration(999)
    const id = await repo.create(doc)
    const size = JSON.stringify(doc).length
    for (let i = 0; i < 50; i++) {
      const next = setAt(doc, GROSS((i * 37) % 999), 1000 + i)
      await repo.save(id, next, { previous: doc })
      doc = next
    }
    const versions = await db.versions.where('declarationId').equals(id).toArray()
    expect(versions).toHaveLength(50)
    const historySize = versions.reduce((sum, v) => sum + JSON.stringify(v).length, 0)
    expect(historySize / size).toBeLessThan(0.05)
    expect(await documentAtVersion(db, id, 0)).toEqual(generateDeclaration(999))
  }, 120_000)

  it('goes with the declaration when it is deleted for good', async () => {
    const doc = generateDeclaration(2)
    const id = await repo.create(doc)
    await repo.save(id, setAt(doc, ['lrn'], 'X-1'), { previous: doc })
    expect(await db.versions.count()).toBe(1)
    await repo.purge([id])
    expect(await db.versions.count()).toBe(0)
  })
})
