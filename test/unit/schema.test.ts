import Dexie from 'dexie'
import { IDBKeyRange, indexedDB } from 'fake-indexeddb'
import { afterEach, describe, expect, it } from 'vitest'
import { DeclarationRepository } from '../../src/renderer/db/declarations'
import {
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V4,
  SCHEMA_V6,
  summaryOf,
  toRow,
  WorkspaceDatabase,
} from '../../src/renderer/db/schema'
import { checkDeclarations, uncheckedIds } from '../../src/renderer/db/readiness'
import { bucketOf, wordsOf as splitWords } from '../../src/renderer/db/search-words'
import { DATABASE_NAME } from '../../src/shared/app-identity'
import type { JsonObject } from '../../src/shared/json'
import { readinessOf } from '../../src/shared/model/declaration-record'
import { RULES_VERSION } from '../../src/shared/validation/rules'
import { validateDeclaration } from '../../src/shared/validation/validate'
import { generateDeclaration } from '../fixtures/generate'
import { sampleText } from './samples'

const fakeIdb = { indexedDB, IDBKeyRange }
let counter = 0
const opened: Dexie[] = []
const uniqueName = () => `schema-test-${++counter}-${Date.now()}`

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

const tir = () => JSON.parse(sampleText('tir-almaty-karachi.json')) as JsonObject
const national = () => JSON.parse(sampleText('national-karachi-kabul.json')) as JsonObject

/** Writes a database exactly as the first release did: version 1, summary with LRN only. */
async function createV1Database(
  name: string,
  rows: { row: Record<string, unknown>; document?: JsonObject }[],
) {
  const v1 = new Dexie(name, fakeIdb)
  v1.version(1).stores(SCHEMA_V1)
  await v1.open()
  for (const { row, document } of rows) {
    await v1.table('declarations').add(row)
    if (document) await v1.table('documents').add({ id: row.id, document })
  }
  v1.close()
}

/** A declaration's search words, from its bucket row. */
async function wordsOf(db: WorkspaceDatabase, id: string) {
  const text = (await db.searchWords.get(bucketOf(id)))?.words.get(id)
  return text === undefined ? undefined : splitWords(text)
}

function openWorkspace(name: string) {
  const db = new WorkspaceDatabase(name, fakeIdb)
  opened.push(db)
  return db
}

describe('WorkspaceDatabase', () => {
  it('uses the pinned database name by default', () => {
    const db = new WorkspaceDatabase(undefined, fakeIdb)
    expect(db.name).toBe(DATABASE_NAME)
    expect(DATABASE_NAME).toBe('transitdesk')
  })

  it('is at version 10 with the list indexes, search words in buckets and the training tables', async () => {
    const db = openWorkspace(uniqueName())
    await db.open()
    expect(db.verno).toBe(10)
    const indexes = db.declarations.schema.indexes.map((i) => i.name).sort()
    expect(indexes).toEqual(
      [
        'lrnKey',
        '[trashed+updatedAt]',
        '[trashed+declarationDate]',
        '[trashed+procedure+status]',
        '[trashed+status+updatedAt]',
        '[trashed+status+declarationDate]',
      ].sort(),
    )
    expect(db.declarations.schema.indexes.find((i) => i.name === 'lrnKey')?.unique).toBe(true)
    expect(db.searchWords.schema.primKey.name).toBe('bucket')
    // v10: trainee mode's tables, apart from the declarations.
    expect(db.trainingCases.schema.primKey.name).toBe('id')
    expect(db.attempts.schema.indexes.map((i) => i.name)).toEqual(['caseId'])
  })

  it('keeps every schema version (v1 is never edited)', () => {
    expect(SCHEMA_V1).toEqual({ declarations: 'id, &lrn, updatedAt', documents: 'id' })
    expect(SCHEMA_V2.documents).toBe('id')
  })
})

describe('migration from version 1', () => {
  it('rebuilds every summary from its document, keeping id, status and times', async () => {
    const name = uniqueName()
    await createV1Database(name, [
      {
        row: {
          id: 'a',
          lrn: 'KZ-ALA-2026-0117',
          createdAt: '2025-12-01T10:00:00.000Z',
          updatedAt: '2025-12-02T10:00:00.000Z',
          status: 'draft',
        },
        document: tir(),
      },
      {
        row: {
          id: 'b',
          lrn: 'PK-ATT-2026-0342',
          createdAt: '2025-12-03T10:00:00.000Z',
          updatedAt: '2025-12-04T10:00:00.000Z',
          status: 'draft',
        },
        document: national(),
      },
    ])

    const db = openWorkspace(name)
    await db.open()
    expect(db.verno).toBe(10)
    const row = await db.declarations.get('a')
    expect(row).toMatchObject({
      id: 'a',
      lrn: 'KZ-ALA-2026-0117',
      lrnKey: 'KZ-ALA-2026-0117',
      status: 'draft',
      createdAt: '2025-12-01T10:00:00.000Z',
      updatedAt: '2025-12-02T10:00:00.000Z',
      trashed: 0,
      deletedAt: null,
      procedure: 'TIR',
      declarationDate: '2026-02-04',
      holderName: 'ТОО «Жетысу Текстиль Экспорт»',
      route: ['KZ', 'UZ', 'AF', 'PK'],
      itemCount: 3,
      packageCount: 580,
      grossMass: 19425.5,
    })
    expect(row).not.toHaveProperty('words')
    expect(await wordsOf(db, 'a')).toEqual(
      expect.arrayContaining(['жетысу', '520512', 'kz-ala-2026-0117']),
    )
    // The documents read back as they were, now stored compressed (version 7).
    const repo = new DeclarationRepository(db)
    expect(await repo.getDocument('a')).toEqual(tir())
    expect(await repo.getDocument('b')).toEqual(national())
    expect((await db.documents.get('a'))?.content).toBeInstanceOf(Uint8Array)

    // The migrated rows work with the repository's queries.
    const listed = await repo.list({ trashed: false, sort: 'updated-desc', limit: 10 })
    expect(listed.rows.map((r) => r.id)).toEqual(['b', 'a'])
    expect(listed.total).toBe(2)
    const found = await repo.list({
      trashed: false,
      sort: 'updated-desc',
      limit: 10,
      search: 'жетысу 5205',
    })
    expect(found.rows.map((r) => r.id)).toEqual(['a'])
    const byDate = await repo.list({ trashed: false, sort: 'date-asc', limit: 10 })
    expect(byDate.rows.map((r) => r.id)).toEqual(['a', 'b'])
    expect((await repo.counts()).byProcedure.NATIONAL).toBe(1)
    expect(await repo.isLrnTaken('PK-ATT-2026-0342')).toBe(true)
    await expect(repo.create(tir())).rejects.toMatchObject({ name: 'ConstraintError' })
  })

  it('fills times and status missing from an old row', async () => {
    const name = uniqueName()
    await createV1Database(name, [{ row: { id: 'x', lrn: 'X-1' }, document: { lrn: 'X-1' } }])
    const before = Date.now()
    const db = openWorkspace(name)
    const row = await db.declarations.get('x')
    expect(row).toMatchObject({ id: 'x', status: 'draft', trashed: 0, deletedAt: null })
    expect(Date.parse(row!.createdAt)).toBeGreaterThanOrEqual(before - 1000)
    expect(row!.updatedAt).toBe(row!.createdAt)
  })

  it('leaves a row whose document is missing as it was', async () => {
    const name = uniqueName()
    await createV1Database(name, [
      { row: { id: 'orphan', lrn: 'O-1', updatedAt: '2025-12-01T00:00:00.000Z' } },
    ])
    const db = openWorkspace(name)
    expect(await db.declarations.get('orphan')).toEqual({
      id: 'orphan',
      lrn: 'O-1',
      updatedAt: '2025-12-01T00:00:00.000Z',
    })
  })

  it('opens a database with a document row that holds no document, leaving that row', async () => {
    const name = uniqueName()
    await createV1Database(name, [{ row: { id: 'a', lrn: 'A-1' }, document: tir() }])
    const v1 = new Dexie(name, fakeIdb)
    v1.version(1).stores(SCHEMA_V1)
    await v1.table('declarations').add({ id: 'empty', lrn: 'E-1' })
    await v1.table('documents').add({ id: 'empty' })
    v1.close()
    const db = openWorkspace(name)
    await db.open()
    expect(db.verno).toBe(10)
    expect(await db.documents.get('empty')).toEqual({ id: 'empty' })
    expect(await new DeclarationRepository(db).getDocument('a')).toEqual(tir())
  })

  it('opens an empty version 1 database', async () => {
    const name = uniqueName()
    await createV1Database(name, [])
    const db = openWorkspace(name)
    await db.open()
    expect(db.verno).toBe(10)
    expect(await db.declarations.count()).toBe(0)
  })
})

describe('toRow', () => {
  const meta = {
    id: 'r',
    status: 'draft' as const,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    trashed: 0 as const,
    deletedAt: null,
  }

  it('keys the row by its LRN', () => {
    expect(toRow({ lrn: 'KZ-1' }, meta).lrnKey).toBe('KZ-1')
  })

  it('has no key for a blank LRN, so blank drafts do not collide', () => {
    expect(toRow({ lrn: '' }, meta)).not.toHaveProperty('lrnKey')
    expect(toRow({}, meta)).not.toHaveProperty('lrnKey')
    expect(toRow({ lrn: 42 }, meta)).not.toHaveProperty('lrnKey')
  })

  it('does not carry an old key over from a stored row passed as meta', () => {
    const stored = toRow({ lrn: 'OLD' }, meta)
    expect(toRow({ lrn: '' }, stored)).not.toHaveProperty('lrnKey')
    expect(toRow({ lrn: 'NEW' }, stored).lrnKey).toBe('NEW')
  })
})

describe('migration from version 2', () => {
  it('leaves the readiness counts to the readiness check, which finds them with today’s rules', async () => {
    const name = uniqueName()
    const v2 = new Dexie(name, fakeIdb)
    v2.version(2).stores(SCHEMA_V2)
    await v2.open()
    const broken = tir()
    ;(broken.holder as JsonObject).identification = { scheme: 'KZ-BIN', value: '050140001239' }
    const meta = {
      status: 'draft',
      createdAt: '2026-02-04T08:00:00.000Z',
      updatedAt: '2026-02-04T08:00:00.000Z',
      trashed: 0,
      deletedAt: null,
    } as const
    // Rows as version 2 wrote them: no errorCount or warningCount.
    for (const [id, document] of [
      ['ok', tir()],
      ['bad', broken],
    ] as const) {
      const row = toRow(document, { id, ...meta })
      await v2.table('declarations').add({ ...row, lrnKey: id, lrn: id })
      await v2.table('documents').add({ id, document: { ...document, lrn: id } })
    }
    v2.close()

    const db = openWorkspace(name)
    await db.open()
    expect(db.verno).toBe(10)
    expect(await db.declarations.get('ok')).toMatchObject({ id: 'ok', createdAt: meta.createdAt })
    expect(await db.declarations.get('ok')).not.toHaveProperty('errorCount')
    expect((await uncheckedIds(db)).sort()).toEqual(['bad', 'ok'])

    const check = (document: JsonObject) =>
      readinessOf(validateDeclaration(document, { today: '2026-02-06' }))
    expect(await checkDeclarations(db, await uncheckedIds(db), check)).toBe(2)
    expect(await db.declarations.get('ok')).toMatchObject({
      errorCount: 0,
      warningCount: 0,
      rules: RULES_VERSION,
    })
    expect((await db.declarations.get('bad'))?.errorCount).toBe(1)
    expect(await uncheckedIds(db)).toEqual([])
  })
})

describe('migration from version 3', () => {
  it('adds the reference-data tables (v4, v5) and keeps every declaration', async () => {
    const name = uniqueName()
    const v3 = new Dexie(name, fakeIdb)
    v3.version(1).stores(SCHEMA_V1)
    v3.version(2).stores(SCHEMA_V2)
    v3.version(3).stores(SCHEMA_V2)
    await v3.open()
    const { row, words } = summaryOf(tir(), {
      id: 'a',
      status: 'draft',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-02T00:00:00.000Z',
      trashed: 0,
      deletedAt: null,
    })
    await v3.table('declarations').add({ ...row, words })
    await v3.table('documents').add({ id: 'a', document: tir() })
    v3.close()

    const db = openWorkspace(name)
    await db.open()
    expect(db.verno).toBe(10)
    expect(await db.declarations.get('a')).toEqual(row)
    expect(await wordsOf(db, 'a')).toEqual(words)
    expect(await new DeclarationRepository(db).getDocument('a')).toEqual(tir())
    expect(db.parties.schema.indexes.find((i) => i.name === 'idKey')?.unique).toBe(true)
    expect(db.vehicles.schema.indexes.find((i) => i.name === 'plateKey')?.unique).toBe(true)
    expect(await db.parties.count()).toBe(0)
    expect(db.offices.schema.indexes.find((i) => i.name === 'reference')?.unique).toBe(true)
    expect(db.locodes.schema.primKey.name).toBe('code')
    expect(db.sheetMappings.schema.primKey.name).toBe('sender')
    expect(SCHEMA_V4).toMatchObject(SCHEMA_V2)
  })
})

describe('migration from version 6', () => {
  it('moves each summary row’s words to its bucket, and keeps documents readable', async () => {
    const name = uniqueName()
    const v6 = new Dexie(name, fakeIdb)
    v6.version(6).stores(SCHEMA_V6)
    await v6.open()
    const documents = { a: tir(), b: national(), big: generateDeclaration(150) }
    const stored: Record<string, string[]> = {}
    for (const [id, document] of Object.entries(documents)) {
      const { row, words } = summaryOf(document, {
        id,
        status: 'draft',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: `2026-01-0${id === 'a' ? 2 : 3}T00:00:00.000Z`,
        trashed: 0,
        deletedAt: null,
      })
      stored[id] = words
      await v6.table('declarations').add({ ...row, words })
      await v6.table('documents').add({ id, document })
    }
    v6.close()

    const db = openWorkspace(name)
    await db.open()
    expect(db.verno).toBe(10)
    const repo = new DeclarationRepository(db)
    for (const [id, document] of Object.entries(documents)) {
      expect(await db.declarations.get(id)).not.toHaveProperty('words')
      expect(await wordsOf(db, id)).toEqual(stored[id])
      expect(await repo.getDocument(id)).toEqual(document)
    }
    // Small documents are compressed by the upgrade; a 150-item one stays as it was.
    expect((await db.documents.get('a'))?.content).toBeInstanceOf(Uint8Array)
    expect(await db.documents.get('big')).toEqual({ id: 'big', document: documents.big })
    const found = await repo.list({
      trashed: false,
      search: 'жетысу',
      sort: 'updated-desc',
      limit: 9,
    })
    expect(found.rows.map((r) => r.id).sort()).toEqual(['a', 'big']) // not the national one
    // Saving rewrites the document compressed; it reads back the same.
    await repo.save('a', { ...tir(), remarks: 'после миграции' }, { summary: 'now' })
    expect((await db.documents.get('a'))?.content).toBeInstanceOf(Uint8Array)
    expect(await repo.getDocument('a')).toEqual({ ...tir(), remarks: 'после миграции' })
  })
})
