/**
 * A new or duplicated declaration is dated in the user's own calendar: in Almaty (UTC+5) at
 * 01:30 it is already the 4th, while UTC still says the 3rd.
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DeclarationRepository } from '../../src/renderer/db/declarations'
import { WorkspaceDatabase } from '../../src/renderer/db/schema'
import { generateLrn } from '../../src/shared/format/lrn'
import { sampleText } from './samples'

/** 01:30 on 4 February 2026 in Almaty; 20:30 on the 3rd in UTC. */
const AFTER_MIDNIGHT_IN_ALMATY = new Date(Date.UTC(2026, 1, 3, 20, 30))

let zone: string | undefined
let db: WorkspaceDatabase
beforeEach(() => {
  zone = process.env.TZ
  process.env.TZ = 'Asia/Almaty'
  db = new WorkspaceDatabase(`local-date-${Date.now()}`, { indexedDB, IDBKeyRange })
})
afterEach(async () => {
  if (zone === undefined) delete process.env.TZ
  else process.env.TZ = zone
  await db.delete()
})

describe('the date of a new declaration', () => {
  it('is the local date in a new LRN', () => {
    expect(AFTER_MIDNIGHT_IN_ALMATY.getDate()).toBe(4) // the zone took effect
    expect(generateLrn(AFTER_MIDNIGHT_IN_ALMATY)).toMatch(/^TD-260204-[A-Z2-9]{4}$/)
  })

  it('is the local date in a blank declaration and in a duplicate', async () => {
    const repo = new DeclarationRepository(db, () => AFTER_MIDNIGHT_IN_ALMATY)
    const blank = await repo.getDocument(await repo.createBlank())
    expect(blank?.declarationDate).toBe('2026-02-04')
    expect(blank?.lrn).toMatch(/^TD-260204-/)
    const original = await repo.create(JSON.parse(sampleText('tir-almaty-karachi.json')))
    const copy = await repo.getDocument(await repo.duplicateAsTemplate(original))
    expect(copy?.declarationDate).toBe('2026-02-04')
  })
})
