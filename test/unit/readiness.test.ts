/**
 * The readiness counts of stored declarations: found by the check handed in (never by a save),
 * only for rows not checked with today's rules, never over a row that changed meanwhile.
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DeclarationRepository } from '../../src/renderer/db/declarations'
import {
  checkDeclarations,
  countReadiness,
  storeReadiness,
  uncheckedIds,
} from '../../src/renderer/db/readiness'
import { WorkspaceDatabase } from '../../src/renderer/db/schema'
import type { JsonObject } from '../../src/shared/json'
import { readinessOf, type Readiness } from '../../src/shared/model/declaration-record'
import { RULES_VERSION } from '../../src/shared/validation/rules'
import { validateDeclaration } from '../../src/shared/validation/validate'
import { sampleText } from './samples'

let db: WorkspaceDatabase
let repo: DeclarationRepository
let counter = 0
let clock = Date.parse('2026-02-06T08:00:00Z')

beforeEach(() => {
  db = new WorkspaceDatabase(`readiness-${++counter}-${Date.now()}`, { indexedDB, IDBKeyRange })
  let ids = 0
  repo = new DeclarationRepository(
    db,
    () => new Date((clock += 60_000)),
    () => `id-${++ids}`,
  )
})
afterEach(() => db.delete())

const sample = (name: string) => JSON.parse(sampleText(name)) as JsonObject
const check = (document: JsonObject): Readiness =>
  readinessOf(validateDeclaration(document, { today: '2026-02-06' }))

describe('the readiness check of stored declarations', () => {
  it('finds the rows not checked with today’s rules, newest first, and checks them', async () => {
    const tir = await repo.create(sample('tir-almaty-karachi.json'))
    const bad = await repo.create({ ...sample('bad-hs-code.json'), lrn: 'BAD-HS' })
    const done = await repo.create(sample('eaeu-minsk-almaty.json'))
    await repo.setReadiness(done, { errorCount: 0, warningCount: 0 })
    expect(await uncheckedIds(db)).toEqual([bad, tir])

    expect(await checkDeclarations(db, [bad, tir], check)).toBe(2)
    expect(await repo.getSummary(tir)).toMatchObject({ errorCount: 0, rules: RULES_VERSION })
    expect(await repo.getSummary(bad)).toMatchObject({ errorCount: 1, warningCount: 0 })
    expect(await uncheckedIds(db)).toEqual([])
  })

  it('checks again the rows whose counts older rules found', async () => {
    const id = await repo.create(sample('tir-almaty-karachi.json'))
    await db.declarations.update(id, { errorCount: 0, warningCount: 0, rules: RULES_VERSION - 1 })
    expect(await uncheckedIds(db)).toEqual([id])
  })

  it('leaves a row that was saved while it was checked to the editor’s own check', async () => {
    const id = await repo.create(sample('tir-almaty-karachi.json'))
    const found = await countReadiness(db, [id], check)
    await repo.save(
      id,
      { ...sample('tir-almaty-karachi.json'), remarks: 'edited' },
      { summary: 'now' },
    )
    expect(await storeReadiness(db, found)).toBe(0)
    expect(await repo.getSummary(id)).not.toHaveProperty('errorCount')
    // The row as it now is gets checked on the next round.
    expect(await uncheckedIds(db)).toEqual([id])
  })

  it('forgets the counts of a declaration an import replaced, so it is counted again', async () => {
    const id = await repo.create(sample('tir-almaty-karachi.json'))
    await repo.setReadiness(id, { errorCount: 0, warningCount: 0 })
    const replacement = sample('bad-holder-bin.json')
    await repo.save(id, replacement, { summary: 'now', readiness: 'unknown' })
    expect(await repo.getSummary(id)).not.toHaveProperty('errorCount')
    expect(await uncheckedIds(db)).toEqual([id])
    await checkDeclarations(db, [id], check)
    expect(await repo.getSummary(id)).toMatchObject({ errorCount: 1 })
  })

  it('counts a document that cannot be read as one error, so it is not checked forever', async () => {
    const id = await repo.create(sample('tir-almaty-karachi.json'))
    await db.documents.put({ id, content: new Uint8Array([1, 2, 3]) })
    expect(await checkDeclarations(db, [id], check)).toBe(1)
    expect(await repo.getSummary(id)).toMatchObject({ errorCount: 1, rules: RULES_VERSION })
  })

  it('never runs inside a save: a save keeps the counts it finds', async () => {
    const id = await repo.create(sample('tir-almaty-karachi.json'))
    await repo.setReadiness(id, { errorCount: 3, warningCount: 0 })
    const broken = sample('tir-almaty-karachi.json')
    ;(broken.holder as JsonObject).name = ''
    await repo.save(id, broken, { summary: 'now' })
    // The validator would find 1 error; the save did not ask it.
    expect(await repo.getSummary(id)).toMatchObject({ errorCount: 3 })
  })
})
