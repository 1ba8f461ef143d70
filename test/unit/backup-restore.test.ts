/**
 * A workspace through a backup file and back (fake-indexeddb): everything equal after replace;
 * merge adds only what is missing; a bad file changes nothing.
 */
import { IDBKeyRange, IDBObjectStore, indexedDB } from 'fake-indexeddb'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mergeBackup, replaceWithBackup, workspaceBackupFile } from '../../src/renderer/db/backup'
import { DeclarationRepository } from '../../src/renderer/db/declarations'
import { LibraryRepository } from '../../src/renderer/db/library'
import { PlacesRepository } from '../../src/renderer/db/places'
import { WorkspaceDatabase } from '../../src/renderer/db/schema'
import { BACKUP_TABLES, decodeBackup } from '../../src/shared/backup/format'
import { setAt, type JsonObject } from '../../src/shared/json'
import { goodsEntry } from '../../src/shared/library/goods'
import { EXAMPLE_OFFICES } from '../../src/shared/library/offices'
import { sampleText } from './samples'

const fake = { indexedDB, IDBKeyRange }
let counter = 0
const opened: WorkspaceDatabase[] = []
const open = () => {
  const db = new WorkspaceDatabase(`backup-test-${++counter}-${Date.now()}`, fake)
  opened.push(db)
  return db
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

const sample = (name: string) => JSON.parse(sampleText(name)) as JsonObject

/** A workspace with Cyrillic and right-to-left data, history and reference data. */
async function filled(db: WorkspaceDatabase) {
  const declarations = new DeclarationRepository(db)
  const tir = sample('tir-almaty-karachi.json')
  const id = await declarations.create(tir)
  const rtl = setAt(tir, ['consignments', 0, 'consignee', 'name'], 'شرکت ترانزیت کابل')
  await declarations.save(id, rtl, { previous: tir, summary: 'now' })
  await declarations.create(sample('national-karachi-kabul.json'))
  await new LibraryRepository(db).saveParty(tir.holder as JsonObject)
  await new PlacesRepository(db).importOffices(EXAMPLE_OFFICES)
  return id
}

const AT = '2026-02-04T10:00:00.000Z'

/**
 * Every row of every backed-up table, and the search words (not their stamp, new at every
 * change), read straight from the database.
 */
const contents = async (db: WorkspaceDatabase) => ({
  ...Object.fromEntries(
    await Promise.all(BACKUP_TABLES.map(async (t) => [t, await db.table(t).toArray()] as const)),
  ),
  searchWords: (await db.searchWords.toArray()).map(({ stamp: _, ...row }) => row),
})

/** Every declaration's document, as the repository reads it. */
const documents = async (db: WorkspaceDatabase) => {
  const repo = new DeclarationRepository(db)
  const ids = (await db.declarations.toCollection().primaryKeys()).sort()
  return Promise.all(ids.map((id) => repo.getDocument(id)))
}

const search = (db: WorkspaceDatabase, text: string) =>
  new DeclarationRepository(db).list({
    trashed: false,
    search: text,
    sort: 'updated-desc',
    limit: 9,
  })

async function backupOf(db: WorkspaceDatabase) {
  const decoded = await decodeBackup(await workspaceBackupFile(db, AT, { language: 'en' }))
  if ('error' in decoded) throw new Error(decoded.error)
  return decoded
}

let source: WorkspaceDatabase
beforeEach(() => {
  source = open()
})

describe('backup and restore', () => {
  it('replace: the restored workspace equals the backed-up one', async () => {
    await filled(source)
    const { header, payload } = await backupOf(source)
    expect(header.counts).toMatchObject({ declarations: 2, documents: 2, versions: 1, parties: 1 })
    expect(payload.settings).toEqual({ language: 'en' })
    const target = open()
    await new DeclarationRepository(target).create(sample('eaeu-minsk-almaty.json'))
    await replaceWithBackup(target, payload)
    expect(await contents(target)).toEqual(await contents(source))
    const restored = JSON.stringify(await documents(target))
    expect(restored).toBe(JSON.stringify(await documents(source)))
    expect(restored).toContain('شرکت ترانزیت کابل')
    expect(restored).toContain('Жетысу')
    // Search works on what was restored, in any script.
    expect((await search(target, 'ترانزیت')).total).toBe(1)
    expect((await search(target, 'жетысу')).total).toBe(1)
    expect((await search(target, 'minsk')).total).toBe(0)
  })

  it('replace: a document row that holds nothing (as an old database may have) comes back as it was', async () => {
    await filled(source)
    await source.declarations.add({
      ...(await source.declarations.toArray())[0]!,
      id: 'e',
      lrnKey: 'E-1',
    })
    await source.documents.add({ id: 'e' })
    const { payload } = await backupOf(source)
    const target = open()
    await replaceWithBackup(target, payload)
    expect(await target.documents.get('e')).toEqual({ id: 'e' })
    const { searchWords: _, ...restored } = await contents(target)
    const { searchWords: __, ...backedUp } = await contents(source)
    expect(restored).toEqual(backedUp)
  })

  it('replace: a format 1 file (documents uncompressed, as the first backups) restores whole', async () => {
    await filled(source)
    const { payload } = await backupOf(source)
    const repo = new DeclarationRepository(source)
    const formatOne = {
      ...payload,
      documents: await Promise.all(
        payload.documents.map(async ({ id, savedAt }) => ({
          id,
          savedAt,
          document: (await repo.getDocument(String(id)))!,
        })),
      ),
    }
    const target = open()
    await replaceWithBackup(target, formatOne)
    expect(await documents(target)).toEqual(await documents(source))
    // Stored as this version stores them: compressed.
    expect((await target.documents.toArray()).every((row) => row.content && !row.document)).toBe(
      true,
    )
    expect((await search(target, 'ترانزیت')).total).toBe(1)
  })

  it('replace: tables of many chunks come back whole and in order', async () => {
    await filled(source)
    const goods = Array.from({ length: 1234 }, (_, i) =>
      goodsEntry(
        { description: `Товар ${i}`, hsCode: '610910' },
        AT,
        `g${String(i).padStart(4, '0')}`,
      ),
    )
    await source.table('goods').bulkAdd(goods)
    const { payload } = await backupOf(source)
    expect(payload.goods).toEqual(goods)
    const target = open()
    await replaceWithBackup(target, payload)
    expect(await contents(target)).toEqual(await contents(source))
  })

  it('merge: adds what is missing and leaves what is there untouched', async () => {
    const id = await filled(source)
    const { payload } = await backupOf(source)
    const target = open()
    const repo = new DeclarationRepository(target)
    // The target already has the TIR declaration (another copy, other id, same LRN).
    const mine = setAt(sample('tir-almaty-karachi.json'), ['remarks'], 'mine')
    const myId = await repo.create(mine)
    const added = await mergeBackup(target, payload)
    expect(added.declarations).toBe(1) // the national one; the TIR LRN is taken
    expect(await repo.getDocument(myId)).toEqual(mine)
    const national = sample('national-karachi-kabul.json')
    const merged = await search(target, String(national.lrn))
    expect(merged.total).toBe(1)
    expect(await repo.getDocument(merged.rows[0]!.id)).toEqual(national)
    expect(await target.declarations.get(id)).toBeUndefined()
    expect(added.parties).toBe(1)
    expect(added.offices).toBe(5)
    // Merging again adds nothing.
    expect(Object.values(await mergeBackup(target, payload)).every((n) => n === 0)).toBe(true)
  })

  it('replace: a row the database cannot store fails the restore and changes nothing', async () => {
    await filled(source)
    const { payload } = await backupOf(source)
    const goods = Array.from(
      { length: 600 },
      (_, i) =>
        goodsEntry(
          { description: `Товар ${i}`, hsCode: '610910' },
          AT,
          `g${i}`,
        ) as unknown as JsonObject,
    )
    const target = open()
    await new DeclarationRepository(target).create(sample('eaeu-minsk-almaty.json'))
    const before = await contents(target)
    // The check passes every row; the database refuses one in a later chunk, not the first.
    const add = IDBObjectStore.prototype.add
    const refusing = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      value: unknown,
      key?: IDBValidKey,
    ) {
      if ((value as { id?: string }).id === 'g400')
        throw new DOMException('the key is not valid', 'DataError')
      return add.call(this, value, key)
    })
    try {
      await expect(replaceWithBackup(target, { ...payload, goods })).rejects.toThrow(
        /a goods row cannot be stored/,
      )
    } finally {
      refusing.mockRestore()
    }
    expect(await contents(target)).toEqual(before)
    // A row the check refuses (one without its key) never reaches the database.
    delete (goods[400] as { id?: string }).id
    await expect(replaceWithBackup(target, { ...payload, goods })).rejects.toMatchObject({
      problem: { kind: 'missing', table: 'goods', row: 401, field: 'id' },
    })
    expect(await contents(target)).toEqual(before)
  })

  it('a refused file leaves the workspace as it was', async () => {
    await filled(source)
    const before = await contents(source)
    const file = await workspaceBackupFile(source, AT)
    const decoded = await decodeBackup(file.subarray(0, file.byteLength - 1))
    expect('error' in decoded).toBe(true)
    expect(await contents(source)).toEqual(before)
  })
})
