import { IDBKeyRange, indexedDB } from 'fake-indexeddb'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  blankDocument,
  DeclarationRepository,
  SUMMARY_LAG_MS,
  type ListQuery,
} from '../../src/renderer/db/declarations'
import { WorkspaceDatabase } from '../../src/renderer/db/schema'
import { DECLARATION_FORMAT } from '../../src/shared/format/constants'
import { LRN_PATTERN } from '../../src/shared/format/lrn'
import type { JsonObject } from '../../src/shared/json'
import { sampleText } from './samples'

let dbCounter = 0
let db: WorkspaceDatabase
let repo: DeclarationRepository
let clock: number

/** Each call is one minute later than the last, so "updated" orders are unambiguous. */
const now = () => {
  clock += 60_000
  return new Date(clock)
}

beforeEach(() => {
  clock = Date.parse('2026-02-04T08:00:00Z')
  db = new WorkspaceDatabase(`declarations-test-${++dbCounter}-${Date.now()}`, {
    indexedDB,
    IDBKeyRange,
  })
  let ids = 0
  repo = new DeclarationRepository(db, now, () => `id-${++ids}`)
})

afterEach(async () => {
  await db.delete()
})

const sample = (name: string) => JSON.parse(sampleText(name)) as JsonObject
const tir = () => sample('tir-almaty-karachi.json')
const national = () => sample('national-karachi-kabul.json')
const eaeu = () => sample('eaeu-minsk-almaty.json')

const doc = (fields: JsonObject): JsonObject => ({ format: DECLARATION_FORMAT, ...fields })

const query = (q: Partial<ListQuery> = {}): ListQuery => ({
  trashed: false,
  sort: 'updated-desc',
  limit: 50,
  ...q,
})

const lrnsOf = async (q: Partial<ListQuery> = {}) =>
  (await repo.list(query(q))).rows.map((r) => r.lrn)

async function expectConstraintError(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e as { name?: string; inner?: { name?: string } },
  )
  expect(error).not.toBeNull()
  expect([error?.name, error?.inner?.name]).toContain('ConstraintError')
}

describe('create / get / save', () => {
  it('stores the document and its summary row', async () => {
    const id = await repo.create(tir())
    expect(id).toBe('id-1')
    expect(await repo.getDocument(id)).toEqual(tir())
    const row = await repo.getSummary(id)
    expect(row).toMatchObject({
      id,
      lrn: 'KZ-ALA-2026-0117',
      lrnKey: 'KZ-ALA-2026-0117',
      procedure: 'TIR',
      status: 'draft',
      trashed: 0,
      deletedAt: null,
      createdAt: '2026-02-04T08:01:00.000Z',
      updatedAt: '2026-02-04T08:01:00.000Z',
      itemCount: 3,
      packageCount: 580,
      holderName: 'ТОО «Жетысу Текстиль Экспорт»',
    })
  })

  it('answers undefined for an unknown id', async () => {
    expect(await repo.getDocument('nope')).toBeUndefined()
    expect(await repo.getSummary('nope')).toBeUndefined()
  })

  it('saves an edit: new document, recomputed summary, new updatedAt, same createdAt', async () => {
    const id = await repo.create(tir())
    const edited = { ...tir(), procedure: 'T1', lrn: 'KZ-ALA-2026-0118' }
    await repo.save(id, edited)
    expect(await repo.getDocument(id)).toEqual(edited)
    const row = await repo.getSummary(id)
    expect(row).toMatchObject({
      lrn: 'KZ-ALA-2026-0118',
      lrnKey: 'KZ-ALA-2026-0118',
      procedure: 'T1',
      createdAt: '2026-02-04T08:01:00.000Z',
      updatedAt: '2026-02-04T08:02:00.000Z',
    })
    expect(await repo.findByLrn('KZ-ALA-2026-0117')).toBeUndefined()
    expect((await repo.findByLrn('KZ-ALA-2026-0118'))?.id).toBe(id)
  })

  it('keeps status and trash state across a save', async () => {
    const id = await repo.create(tir())
    await repo.moveToTrash(id)
    await repo.save(id, { ...tir(), remarks: 'edited in the trash' })
    expect(await repo.getSummary(id)).toMatchObject({ trashed: 1, status: 'draft' })
  })

  it('refuses to save a purged declaration', async () => {
    const id = await repo.create(tir())
    await repo.purge([id])
    await expect(repo.save(id, tir())).rejects.toThrow(/no longer exists/)
    expect(await repo.getDocument(id)).toBeUndefined()
  })

  it('saves over a stored document that cannot be read (without a history entry)', async () => {
    const id = await repo.create(tir())
    await db.documents.put({ id, content: new Uint8Array([1, 2, 3]) })
    await expect(repo.getDocument(id)).rejects.toThrow(/stored document of id-1 cannot be read/)
    const mended = { ...tir(), remarks: 'mended' }
    await repo.save(id, mended)
    expect(await repo.getDocument(id)).toEqual(mended)
    expect(await db.versions.count()).toBe(0)
  })

  it('creates a blank declaration with a fresh LRN and today’s date', async () => {
    const id = await repo.createBlank()
    const document = await repo.getDocument(id)
    expect(document?.format).toBe(DECLARATION_FORMAT)
    expect(document?.lrn).toMatch(/^TD-260204-[A-Z2-9]{4}$/)
    expect(document?.declarationDate).toBe('2026-02-04')
    expect(document).toEqual(blankDocument(document!.lrn as string, '2026-02-04'))
    expect((await repo.getSummary(id))?.itemCount).toBe(1)
  })

  it('starts a blank with the place and holder of the declaration saved last, when asked', async () => {
    const older = await repo.create(national())
    const newer = await repo.create(tir())
    const edited = { ...tir(), placeOfDeclaration: 'Khorgos', holder: { name: 'Holder Ltd' } }
    await repo.save(newer, edited)
    const blank = await repo.getDocument(await repo.createBlank(true))
    expect(blank?.placeOfDeclaration).toBe('Khorgos')
    expect(blank?.holder).toEqual({ name: 'Holder Ltd' })
    expect(blank?.consignments).toEqual(blankDocument('x', '2026-02-04').consignments)
    await repo.moveToTrash(newer)
    await repo.save(older, { ...national(), placeOfDeclaration: 'Karachi' })
    const fromOlder = await repo.getDocument(await repo.createBlank(true))
    expect(fromOlder?.placeOfDeclaration).toBe('Karachi')
    const plain = await repo.getDocument(await repo.createBlank(false))
    expect(plain?.placeOfDeclaration).toBeUndefined()
    expect(plain?.holder).toBeUndefined()
  })
})

describe('LRN uniqueness', () => {
  it('refuses a second declaration with the same LRN (ConstraintError), storing nothing', async () => {
    await repo.create(tir())
    await expectConstraintError(repo.create({ ...national(), lrn: 'KZ-ALA-2026-0117' }))
    expect(await db.declarations.count()).toBe(1)
    expect(await db.documents.count()).toBe(1)
  })

  it('compares LRNs exactly (case matters)', async () => {
    await repo.create(doc({ lrn: 'abc' }))
    await repo.create(doc({ lrn: 'ABC' }))
    expect(await db.declarations.count()).toBe(2)
  })

  it('allows any number of drafts with a blank LRN', async () => {
    const a = await repo.create(doc({ lrn: '' }))
    const b = await repo.create(doc({}))
    expect(await repo.getSummary(a)).not.toHaveProperty('lrnKey')
    expect(await repo.getSummary(b)).not.toHaveProperty('lrnKey')
    expect((await repo.list(query())).total).toBe(2)
  })

  it('a failing save (LRN taken) leaves both tables unchanged', async () => {
    await repo.create(tir())
    const id = await repo.create(national())
    const rowBefore = await repo.getSummary(id)
    const collision = { ...national(), lrn: 'KZ-ALA-2026-0117', remarks: 'should not stick' }
    await expectConstraintError(repo.save(id, collision))
    expect(await repo.getDocument(id)).toEqual(national())
    expect(await repo.getSummary(id)).toEqual(rowBefore)
  })

  it('frees the old LRN when a declaration’s LRN is cleared', async () => {
    const id = await repo.create(tir())
    await repo.save(id, { ...tir(), lrn: '' })
    expect(await repo.getSummary(id)).not.toHaveProperty('lrnKey')
    expect(await repo.isLrnTaken('KZ-ALA-2026-0117')).toBe(false)
    expect(await repo.findByLrn('KZ-ALA-2026-0117')).toBeUndefined()
    await repo.create(tir()) // the LRN is free again
    expect(await db.declarations.count()).toBe(2)
  })

  it('isLrnTaken and findByLrn see trashed declarations too', async () => {
    const id = await repo.create(tir())
    await repo.moveToTrash(id)
    expect(await repo.isLrnTaken('KZ-ALA-2026-0117')).toBe(true)
    expect((await repo.findByLrn('KZ-ALA-2026-0117'))?.id).toBe(id)
    expect(await repo.isLrnTaken('KZ-ALA')).toBe(false)
  })
})

describe('freeLrn', () => {
  it('keeps a free base and suffixes a taken one', async () => {
    expect(await repo.freeLrn('KZ-ALA-2026-0117')).toBe('KZ-ALA-2026-0117')
    await repo.create(tir())
    expect(await repo.freeLrn('KZ-ALA-2026-0117')).toBe('KZ-ALA-2026-0117-2')
    await repo.create({ ...tir(), lrn: 'KZ-ALA-2026-0117-2' })
    expect(await repo.freeLrn('KZ-ALA-2026-0117')).toBe('KZ-ALA-2026-0117-3')
  })

  it('stays within 22 characters for a long base', async () => {
    const base = 'ABCDEFGHIJKLMNOPQRSTUV'
    await repo.create(doc({ lrn: base }))
    await repo.create(doc({ lrn: 'ABCDEFGHIJKLMNOPQRST-2' }))
    expect(await repo.freeLrn(base)).toBe('ABCDEFGHIJKLMNOPQRST-3')
  })

  it('generates one when there is no base', async () => {
    const lrn = await repo.freeLrn()
    expect(lrn).toMatch(LRN_PATTERN)
    expect(lrn.startsWith('TD-260204-')).toBe(true)
  })
})

describe('duplicateAsTemplate', () => {
  it('copies with a new LRN, today’s date, no MRN and no seals', async () => {
    const original: JsonObject = { ...tir(), mrn: '26KZ5101000000123X', seals: ['KZ 0012345'] }
    const id = await repo.create(original)
    clock = Date.parse('2026-03-10T08:00:00Z')
    const copyId = await repo.duplicateAsTemplate(id)
    expect(copyId).not.toBe(id)
    const copy = (await repo.getDocument(copyId))!
    expect(copy.lrn).toBe('KZ-ALA-2026-0117-2')
    expect(copy).not.toHaveProperty('mrn')
    expect(copy.seals).toEqual([])
    expect(copy.declarationDate).toBe('2026-03-10')
    // Everything else is the same.
    const rest: JsonObject = { ...original }
    for (const key of ['lrn', 'mrn', 'seals', 'declarationDate']) delete rest[key]
    expect(copy).toMatchObject(rest)
    // The original is untouched.
    expect(await repo.getDocument(id)).toEqual(original)
    expect((await repo.getSummary(copyId))?.lrnKey).toBe('KZ-ALA-2026-0117-2')
  })

  it('gives a copy of a copy the next free LRN', async () => {
    const id = await repo.create(tir())
    await repo.duplicateAsTemplate(id)
    const second = await repo.duplicateAsTemplate(id)
    expect((await repo.getDocument(second))?.lrn).toBe('KZ-ALA-2026-0117-3')
  })

  it('generates an LRN when the original has none', async () => {
    const id = await repo.create(doc({ lrn: '' }))
    const copy = await repo.getDocument(await repo.duplicateAsTemplate(id))
    expect(copy?.lrn).toMatch(/^TD-/)
  })

  it('refuses to copy a declaration that no longer exists', async () => {
    await expect(repo.duplicateAsTemplate('nope')).rejects.toThrow(/no longer exists/)
  })
})

describe('trash', () => {
  it('moves to the trash and restores, with deletedAt', async () => {
    const id = await repo.create(tir())
    await repo.moveToTrash(id)
    expect(await repo.getSummary(id)).toMatchObject({
      trashed: 1,
      deletedAt: '2026-02-04T08:02:00.000Z',
    })
    expect(await lrnsOf()).toEqual([])
    expect(await lrnsOf({ trashed: true })).toEqual(['KZ-ALA-2026-0117'])
    await repo.restoreFromTrash(id)
    expect(await repo.getSummary(id)).toMatchObject({ trashed: 0, deletedAt: null })
    expect(await lrnsOf()).toEqual(['KZ-ALA-2026-0117'])
    expect(await repo.getDocument(id)).toEqual(tir())
  })

  it('purges rows and documents together', async () => {
    const a = await repo.create(tir())
    const b = await repo.create(national())
    const c = await repo.create(eaeu())
    await repo.purge([a, c])
    expect(await db.declarations.toCollection().primaryKeys()).toEqual([b])
    expect(await db.documents.toCollection().primaryKeys()).toEqual([b])
    // Their search words go with them.
    const words = (await db.searchWords.toArray()).flatMap((row) => [...row.words.keys()])
    expect(words).toEqual([b])
  })

  it('empties the trash only, returning how many went', async () => {
    const a = await repo.create(tir())
    const b = await repo.create(national())
    const c = await repo.create(eaeu())
    await repo.moveToTrash(a)
    await repo.moveToTrash(c)
    expect(await repo.emptyTrash()).toBe(2)
    expect(await db.declarations.toCollection().primaryKeys()).toEqual([b])
    expect(await db.documents.toCollection().primaryKeys()).toEqual([b])
    expect(await repo.emptyTrash()).toBe(0)
  })
})

describe('list', () => {
  /** Five declarations, created in this order (so updated in this order). */
  async function seed() {
    const rows = [
      { lrn: 'A-1', procedure: 'TIR', declarationDate: '2026-01-15' },
      { lrn: 'B-2', procedure: 'T1', declarationDate: '2026-01-10' },
      { lrn: 'C-3', procedure: 'TIR', declarationDate: '2026-01-20' },
      { lrn: 'D-4', procedure: 'EAEU', declarationDate: '2026-01-05' },
      { lrn: 'E-5', procedure: 'TIR', declarationDate: '2026-01-25' },
    ]
    const ids: string[] = []
    for (const fields of rows) ids.push(await repo.create(doc(fields)))
    return ids
  }

  it('sorts by last update, newest first or oldest first', async () => {
    await seed()
    expect(await lrnsOf({ sort: 'updated-desc' })).toEqual(['E-5', 'D-4', 'C-3', 'B-2', 'A-1'])
    expect(await lrnsOf({ sort: 'updated-asc' })).toEqual(['A-1', 'B-2', 'C-3', 'D-4', 'E-5'])
  })

  it('moves a saved declaration to the top of "updated"', async () => {
    const ids = await seed()
    await repo.save(ids[1]!, doc({ lrn: 'B-2', procedure: 'T1', declarationDate: '2026-01-10' }))
    expect(await lrnsOf({ sort: 'updated-desc' })).toEqual(['B-2', 'E-5', 'D-4', 'C-3', 'A-1'])
  })

  it('sorts by declaration date both ways', async () => {
    await seed()
    expect(await lrnsOf({ sort: 'date-desc' })).toEqual(['E-5', 'C-3', 'A-1', 'B-2', 'D-4'])
    expect(await lrnsOf({ sort: 'date-asc' })).toEqual(['D-4', 'B-2', 'A-1', 'C-3', 'E-5'])
  })

  it('pages with limit and reports the total', async () => {
    await seed()
    const page = await repo.list(query({ limit: 2 }))
    expect(page.rows.map((r) => r.lrn)).toEqual(['E-5', 'D-4'])
    expect(page.total).toBe(5)
    const date = await repo.list(query({ limit: 3, sort: 'date-asc' }))
    expect(date.rows.map((r) => r.lrn)).toEqual(['D-4', 'B-2', 'A-1'])
    expect(date.total).toBe(5)
  })

  it('filters by procedure, with the filtered total', async () => {
    await seed()
    const page = await repo.list(query({ procedure: 'TIR', limit: 2 }))
    expect(page.rows.map((r) => r.lrn)).toEqual(['E-5', 'C-3'])
    expect(page.total).toBe(3)
    expect(await lrnsOf({ procedure: 'T1' })).toEqual(['B-2'])
    expect((await repo.list(query({ procedure: 'T2' }))).total).toBe(0)
  })

  it('filters by status', async () => {
    await seed()
    expect((await repo.list(query({ status: 'draft' }))).total).toBe(5)
    expect(await lrnsOf({ status: 'draft', procedure: 'EAEU' })).toEqual(['D-4'])
  })

  it('takes the status from the movement, and filters by it in the list’s order', async () => {
    const ids = await seed()
    const movement = (status: string) => ({ movement: { status, events: [] } })
    await repo.save(ids[0]!, {
      ...doc({ lrn: 'A-1', procedure: 'TIR', declarationDate: '2026-01-15' }),
      ...movement('released'),
    })
    await repo.save(ids[2]!, {
      ...doc({ lrn: 'C-3', procedure: 'TIR', declarationDate: '2026-01-20' }),
      ...movement('released'),
    })
    await repo.save(ids[3]!, {
      ...doc({ lrn: 'D-4', procedure: 'EAEU', declarationDate: '2026-01-05' }),
      ...movement('lodged'),
    })
    expect(await repo.getSummary(ids[0]!)).toMatchObject({ status: 'released' })
    expect(await lrnsOf({ status: 'released' })).toEqual(['C-3', 'A-1'])
    expect(await lrnsOf({ status: 'released', sort: 'date-asc' })).toEqual(['A-1', 'C-3'])
    expect(await lrnsOf({ status: 'lodged' })).toEqual(['D-4'])
    expect(await lrnsOf({ status: 'draft' })).toEqual(['E-5', 'B-2'])
    expect(await lrnsOf({ status: 'released', procedure: 'EAEU' })).toEqual([])
    const page = await repo.list(query({ status: 'released', limit: 1 }))
    expect(page.rows.map((r) => r.lrn)).toEqual(['C-3'])
    expect(page.total).toBe(2)
    const oldestFirst = await repo.list(
      query({ status: 'released', limit: 1, sort: 'updated-asc' }),
    )
    expect(oldestFirst.rows.map((r) => r.lrn)).toEqual(['A-1'])
  })

  it('keeps trashed declarations out of the active list and in the trash list', async () => {
    const ids = await seed()
    await repo.moveToTrash(ids[0]!)
    await repo.moveToTrash(ids[2]!)
    const active = await repo.list(query())
    expect(active.rows.map((r) => r.lrn)).toEqual(['E-5', 'D-4', 'B-2'])
    expect(active.total).toBe(3)
    const trash = await repo.list(query({ trashed: true, sort: 'date-asc' }))
    expect(trash.rows.map((r) => r.lrn)).toEqual(['A-1', 'C-3'])
    expect(trash.total).toBe(2)
    expect((await repo.list(query({ trashed: true, procedure: 'TIR' }))).total).toBe(2)
  })

  describe('search', () => {
    beforeEach(async () => {
      await repo.create(tir())
      await repo.create(national())
      await repo.create(eaeu())
    })

    const search = (text: string, q: Partial<ListQuery> = {}) => lrnsOf({ search: text, ...q })

    it('finds by LRN, whole or a fragment, any case', async () => {
      expect(await search('KZ-ALA-2026-0117')).toEqual(['KZ-ALA-2026-0117'])
      expect(await search('ala-2026')).toEqual(['KZ-ALA-2026-0117'])
      expect(await search('0342')).toEqual(['PK-ATT-2026-0342'])
      expect(await search('BY-MSQ')).toEqual(['BY-MSQ-26-00981'])
    })

    it('finds by a Cyrillic word of the holder’s name, in any case and by prefix', async () => {
      expect(await search('Жетысу')).toEqual(['KZ-ALA-2026-0117'])
      expect(await search('ЖЕТЫСУ')).toEqual(['KZ-ALA-2026-0117'])
      expect(await search('жеты')).toEqual(['KZ-ALA-2026-0117'])
    })

    it('finds by HS code prefix', async () => {
      expect(await search('5205')).toEqual(['KZ-ALA-2026-0117'])
      expect(await search('520512')).toEqual(['KZ-ALA-2026-0117'])
      expect(await search('5205129')).toEqual([])
    })

    it('finds by a word of a goods description', async () => {
      expect(await search('towels')).toEqual(['KZ-ALA-2026-0117'])
      expect(await search('полотенца')).toEqual(['KZ-ALA-2026-0117'])
    })

    it('needs every term to match (AND)', async () => {
      expect(await search('cotton yarn')).toEqual(['KZ-ALA-2026-0117'])
      expect(await search('cotton 0342')).toEqual([])
      expect(await search('жетысу ala')).toEqual(['KZ-ALA-2026-0117'])
      expect(await search('жетысу 0342')).toEqual([])
    })

    it('finds nothing for a word that is in no declaration', async () => {
      expect(await search('zzzz')).toEqual([])
      expect((await repo.list(query({ search: 'zzzz' }))).total).toBe(0)
    })

    it('ignores punctuation-only search text (lists everything)', async () => {
      expect((await repo.list(query({ search: ' -/ ' }))).total).toBe(3)
    })

    it('combines search with procedure, trash, sort and limit', async () => {
      const all = await repo.list(query({ search: '2026', sort: 'date-asc' }))
      expect(all.rows.map((r) => r.lrn)).toEqual(['KZ-ALA-2026-0117', 'PK-ATT-2026-0342'])
      expect(await search('2026', { procedure: 'NATIONAL' })).toEqual(['PK-ATT-2026-0342'])
      const limited = await repo.list(query({ search: '2026', limit: 1, sort: 'date-desc' }))
      expect(limited.rows.map((r) => r.lrn)).toEqual(['PK-ATT-2026-0342'])
      expect(limited.total).toBe(2)
      const tirRow = await repo.findByLrn('KZ-ALA-2026-0117')
      await repo.moveToTrash(tirRow!.id)
      expect(await search('жетысу')).toEqual([])
      expect(await search('жетысу', { trashed: true })).toEqual(['KZ-ALA-2026-0117'])
    })

    it('sees the words of a saved edit, not the old ones', async () => {
      const row = await repo.findByLrn('PK-ATT-2026-0342')
      const edited = { ...national(), holder: { name: 'Kabul Dry Fruits Co' } }
      await repo.save(row!.id, edited)
      expect(await search('kabul dry')).toEqual(['PK-ATT-2026-0342'])
    })
  })
})

describe('counts', () => {
  it('counts active, trashed and active per procedure', async () => {
    const ids: string[] = []
    for (const [lrn, procedure] of [
      ['A', 'TIR'],
      ['B', 'TIR'],
      ['C', 'T1'],
      ['D', 'EAEU'],
      ['E', 'TIR'],
    ]) {
      ids.push(await repo.create(doc({ lrn, procedure })))
    }
    await repo.moveToTrash(ids[4]!)
    await repo.moveToTrash(ids[3]!)
    const counts = await repo.counts()
    expect(counts.active).toBe(3)
    expect(counts.trashed).toBe(2)
    expect(counts.byProcedure.TIR).toBe(2)
    expect(counts.byProcedure.T1).toBe(1)
    expect(counts.byProcedure.EAEU ?? 0).toBe(0)
    expect(counts.byProcedure.T2 ?? 0).toBe(0)
  })

  it('does not count a declaration without a procedure under any procedure', async () => {
    await repo.create(doc({ lrn: 'A', procedure: 'TIR' }))
    await repo.create(doc({ lrn: 'B' }))
    const counts = await repo.counts()
    expect(counts.active).toBe(2)
    const perProcedure = Object.values(counts.byProcedure).reduce((a, b) => a + b, 0)
    expect(perProcedure).toBe(1)
  })

  it('is all zero for an empty workspace', async () => {
    const counts = await repo.counts()
    expect(counts.active).toBe(0)
    expect(counts.trashed).toBe(0)
    expect(Object.values(counts.byProcedure).every((n) => n === 0)).toBe(true)
  })
})

describe('summary rows while a declaration is edited', () => {
  let time: number
  let lagRepo: DeclarationRepository
  beforeEach(() => {
    time = Date.parse('2026-02-04T09:00:00Z')
    lagRepo = new DeclarationRepository(
      db,
      () => new Date(time),
      () => 'lag-1',
    )
  })
  const describeFirstItem = (d: JsonObject, text: string): JsonObject => {
    const copy = structuredClone(d)
    ;((copy.consignments as JsonObject[])[0]!.items as JsonObject[])[0]!.description = text
    return copy
  }

  it('writes the document every time, and the summary only when a list column changes', async () => {
    const id = await lagRepo.create(tir())
    time += 2_000
    await lagRepo.save(id, describeFirstItem(tir(), 'Sun-dried apricots'))
    expect(await lagRepo.getDocument(id)).toEqual(describeFirstItem(tir(), 'Sun-dried apricots'))
    expect((await lagRepo.list(query({ search: 'apricots' }))).total).toBe(0)
    expect((await lagRepo.getSummary(id))?.updatedAt).toBe('2026-02-04T09:00:00.000Z')

    time += 2_000
    await lagRepo.save(id, { ...describeFirstItem(tir(), 'Sun-dried apricots'), procedure: 'T1' })
    const row = await lagRepo.getSummary(id)
    expect(row?.procedure).toBe('T1')
    expect(row?.updatedAt).toBe('2026-02-04T09:00:04.000Z')
    expect((await lagRepo.list(query({ search: 'apricots' }))).total).toBe(1)
  })

  it('stores readiness counts the editor’s checks found, and keeps them through saves', async () => {
    const id = await lagRepo.create(tir())
    // A save never runs the validator: a new declaration waits for its check.
    expect(await lagRepo.getSummary(id)).not.toHaveProperty('errorCount')
    await lagRepo.setReadiness(id, { errorCount: 1, warningCount: 2 })
    expect(await lagRepo.getSummary(id)).toMatchObject({ errorCount: 1, warningCount: 2 })
    expect((await lagRepo.list(query())).rows[0]).toMatchObject({ errorCount: 1 })
    time += 1_000
    await lagRepo.save(id, describeFirstItem(tir(), 'walnuts'), { summary: 'now' })
    expect(await lagRepo.getSummary(id)).toMatchObject({ errorCount: 1, warningCount: 2 })
    await lagRepo.setReadiness(id, { errorCount: 0, warningCount: 0 })
    expect(await lagRepo.getSummary(id)).toMatchObject({ errorCount: 0, warningCount: 0 })
  })

  it('catches the summary up after the lag, or at once when asked', async () => {
    const id = await lagRepo.create(tir())
    time += 1_000
    await lagRepo.save(id, describeFirstItem(tir(), 'walnuts'))
    expect((await lagRepo.list(query({ search: 'walnuts' }))).total).toBe(0)
    time += 1_000
    await lagRepo.save(id, describeFirstItem(tir(), 'walnuts'), { summary: 'now' })
    expect((await lagRepo.list(query({ search: 'walnuts' }))).total).toBe(1)

    time += 1_000
    await lagRepo.save(id, describeFirstItem(tir(), 'pistachios'))
    expect((await lagRepo.list(query({ search: 'pistachios' }))).total).toBe(0)
    time += SUMMARY_LAG_MS
    await lagRepo.save(id, describeFirstItem(tir(), 'pistachios'))
    expect((await lagRepo.list(query({ search: 'pistachios' }))).total).toBe(1)
  })
})

describe('broad searches', () => {
  it('give the same rows and totals as narrow ones', async () => {
    const broad = new DeclarationRepository(
      db,
      now,
      (() => {
        let n = 0
        return () => `broad-${++n}`
      })(),
      1,
    )
    for (const [lrn, procedure, holder] of [
      ['B-1', 'TIR', 'Zhetysu cotton'],
      ['B-2', 'T1', 'Zhetysu cotton'],
      ['B-3', 'TIR', 'Zhetysu steel'],
      ['B-4', 'TIR', 'Indus cotton'],
    ] as const) {
      await broad.create(doc({ lrn, procedure, holder: { name: holder } }))
    }
    await broad.moveToTrash((await broad.findByLrn('B-3'))!.id)
    const narrow = new DeclarationRepository(db, now)
    for (const q of [
      { search: 'zhetysu' },
      { search: 'zhetysu cotton' },
      { search: 'zhetysu', procedure: 'TIR' },
      { search: 'zhetysu', trashed: true },
      { search: 'cotton', sort: 'updated-asc' as const },
    ]) {
      const expected = await narrow.list(query(q))
      const actual = await broad.list(query(q))
      expect(actual.total).toBe(expected.total)
      expect(actual.rows.map((r) => r.lrn)).toEqual(expected.rows.map((r) => r.lrn))
    }
    expect((await broad.list(query({ search: 'zhetysu cotton' }))).rows.map((r) => r.lrn)).toEqual([
      'B-2',
      'B-1',
    ])
  })
})
