/**
 * A backup is untrusted input (fake-indexeddb): its checksum detects damage, not tampering, so
 * every row is checked when the backup is opened. The odd rows found in review are refused or
 * rebuilt from their documents; a property test restores random odd backups and finds every
 * summary equal to its document's and the list, history and reference data usable.
 */
import fc from 'fast-check'
import { IDBKeyRange, indexedDB } from 'fake-indexeddb'
import { deflateSync } from 'fflate'
import { afterEach, describe, expect, it } from 'vitest'
import { mergeBackup, replaceWithBackup, workspaceBackupFile } from '../../src/renderer/db/backup'
import {
  BackupRefusedError,
  checkBackup,
  type CheckedBackup,
} from '../../src/renderer/db/backup-check'
import { DeclarationRepository, type SortKey } from '../../src/renderer/db/declarations'
import { documentAtVersion, listVersions } from '../../src/renderer/db/history'
import { LibraryRepository } from '../../src/renderer/db/library'
import { PlacesRepository } from '../../src/renderer/db/places'
import { summaryOf, WorkspaceDatabase } from '../../src/renderer/db/schema'
import { documentOf, holdsDocument } from '../../src/renderer/db/stored-document'
import { openBackupFile } from '../../src/renderer/features/backup/restore-rows'
import i18n from '../../src/renderer/i18n'
import { toBase64 } from '../../src/shared/backup/base64'
import {
  BACKUP_TABLES,
  decodeBackup,
  encodeBackup,
  type BackupPayload,
} from '../../src/shared/backup/format'
import { describeBackupProblem, type BackupProblem } from '../../src/shared/backup/problems'
import { MAX_DEPTH, MAX_LIST_LENGTH } from '../../src/shared/backup/rows'
import { setAt, type JsonObject, type JsonValue } from '../../src/shared/json'
import { duplicateGroups, partyLine } from '../../src/shared/library/parties'
import { EXAMPLE_OFFICES } from '../../src/shared/library/offices'
import { sampleText } from './samples'

const fake = { indexedDB, IDBKeyRange }
let counter = 0
const opened: WorkspaceDatabase[] = []
const open = () => {
  const db = new WorkspaceDatabase(`backup-rows-${++counter}-${Date.now()}`, fake)
  opened.push(db)
  return db
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

const AT = '2026-02-04T10:00:00.000Z'
const sample = (name: string) => JSON.parse(sampleText(name)) as JsonObject
const t = (key: string, options?: Record<string, unknown>) => i18n.t(key, options)
/** The sentence without its bidi isolates (U+2068 … U+2069 around what the file brought). */
const sentence = (problem: BackupProblem) =>
  describeBackupProblem(problem, t).replace(/[\u2068\u2069]/g, '')

/** A workspace with history and every kind of reference data. */
async function filled(db: WorkspaceDatabase) {
  const declarations = new DeclarationRepository(db)
  const tir = sample('tir-almaty-karachi.json')
  const id = await declarations.create(tir)
  const edited = setAt(tir, ['remarks'], 'second version')
  await declarations.save(id, edited, { previous: tir, summary: 'now' })
  await declarations.create(sample('national-karachi-kabul.json'))
  const library = new LibraryRepository(db)
  await library.saveParty(tir.holder as JsonObject)
  await library.saveGoods({ description: 'Cotton yarn', hsCode: '520512', countryOfOrigin: 'KZ' })
  await library.saveVehicle({
    tractor: { identity: '01 ABC 02', nationality: 'KZ' },
    trailer: { identity: '03 DEF 04', nationality: 'KZ', kind: 'semi-trailer' },
  })
  await library.rememberSheetMapping('KZ-BIN:123', { описание: 'description', вес: 'grossMass' })
  await new PlacesRepository(db).importOffices(EXAMPLE_OFFICES)
  return id
}

/** Every row of every backed-up table, and the search words (not their stamp). */
const contents = async (db: WorkspaceDatabase) => ({
  ...Object.fromEntries(
    await Promise.all(BACKUP_TABLES.map(async (t) => [t, await db.table(t).toArray()] as const)),
  ),
  searchWords: (await db.searchWords.toArray()).map(({ stamp: _, ...row }) => row),
})

async function backupOf(db: WorkspaceDatabase): Promise<BackupPayload> {
  const decoded = await decodeBackup(await workspaceBackupFile(db, AT))
  if ('error' in decoded) throw new Error(decoded.error)
  return decoded.payload
}

/** The worker's open step on the payload written as a file. */
async function openAsFile(payload: BackupPayload) {
  return openBackupFile(await encodeBackup(payload, AT))
}

async function checked(payload: BackupPayload): Promise<CheckedBackup> {
  const result = await openAsFile(payload)
  if ('refused' in result) throw new Error(JSON.stringify(result.refused))
  return result.backup
}

async function refusal(payload: BackupPayload): Promise<BackupProblem> {
  const result = await openAsFile(payload)
  if (!('refused' in result)) throw new Error('the backup was not refused')
  if (typeof result.refused === 'string') throw new Error(`the file was refused: ${result.refused}`)
  return result.refused
}

/** A workspace of one other declaration, to restore over. */
async function target() {
  const db = open()
  await new DeclarationRepository(db).create(sample('eaeu-minsk-almaty.json'))
  return db
}

/** Replace and merge both refuse the rows and leave the workspace as it was. */
async function expectRefusedWithNothingChanged(payload: BackupPayload, problem: BackupProblem) {
  const db = await target()
  const before = await contents(db)
  for (const restore of [replaceWithBackup, mergeBackup]) {
    const error = await restore(db, payload).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BackupRefusedError)
    expect((error as BackupRefusedError).problem).toEqual(problem)
  }
  expect(await contents(db)).toEqual(before)
}

const byId = (payload: BackupPayload, id: string) =>
  payload.declarations.findIndex((row) => row.id === id)

describe('the rows found in review', () => {
  it('a summary row with route: null is restored with its summary rebuilt from its document', async () => {
    const source = open()
    const id = await filled(source)
    const payload = await backupOf(source)
    payload.declarations[byId(payload, id)]!.route = null
    const db = open()
    await replaceWithBackup(db, await checked(payload))
    const row = await db.declarations.get(id)
    expect(row!.route).toEqual(['KZ', 'UZ', 'AF', 'PK'])
    expect(row).toEqual(await source.declarations.get(id))
    const listed = await new DeclarationRepository(db).list({
      trashed: false,
      sort: 'updated-desc',
      limit: 10,
    })
    expect(listed.rows.map((r) => r.route.join())).toContain('KZ,UZ,AF,PK')
  })

  it('a history change of length 4294967295 is refused, naming it', async () => {
    const source = open()
    await filled(source)
    const payload = await backupOf(source)
    payload.versions[0]!.changes = [{ path: ['consignments', 0, 'items'], length: 4294967295 }]
    const problem = await refusal(payload)
    expect(problem).toEqual({
      kind: 'wrong',
      table: 'versions',
      row: 1,
      field: 'changes/0/length',
      value: '4294967295',
    })
    expect(t('backup.refused', { name: 'april.tdbackup', reason: sentence(problem) })).toBe(
      '“april.tdbackup” cannot be restored: row 1 of its saved versions has “changes/0/length” 4294967295, which TransitDesk never writes there. Nothing was changed.',
    )
    await expectRefusedWithNothingChanged(payload, problem)
  })

  it('a declaration row with trashed: 7 is refused, not guessed into the trash or out of it', async () => {
    const source = open()
    const id = await filled(source)
    const payload = await backupOf(source)
    const row = byId(payload, id)
    for (const trashed of [7, '1', true, null] as JsonValue[]) {
      payload.declarations[row]!.trashed = trashed
      const problem = await refusal(payload)
      expect(problem).toEqual({
        kind: 'wrong',
        table: 'declarations',
        row: row + 1,
        field: 'trashed',
        value: JSON.stringify(trashed),
      })
      if (trashed === 7) {
        expect(sentence(problem)).toBe(
          `row ${row + 1} of its declarations has “trashed” 7, which TransitDesk never writes there`,
        )
        await expectRefusedWithNothingChanged(payload, problem)
      }
    }
    delete payload.declarations[row]!.trashed
    expect(await refusal(payload)).toEqual({
      kind: 'missing',
      table: 'declarations',
      row: row + 1,
      field: 'trashed',
    })
  })

  it('a summary contradicting its document: the document wins, on replace and on merge', async () => {
    const source = open()
    const id = await filled(source)
    const payload = await backupOf(source)
    Object.assign(payload.declarations[byId(payload, id)]!, {
      lrn: 'FORGED-1',
      lrnKey: 'FORGED-1',
      procedure: 'T1',
      holderName: 'Someone else',
      declarationDate: '1999-01-01',
      route: ['XX'],
      itemCount: 999,
      packageCount: -1,
      grossMass: 1e9,
      words: ['forged', 'kabul'],
    })
    const truth = await source.declarations.get(id)
    for (const restore of [replaceWithBackup, mergeBackup]) {
      const db = open()
      await restore(db, await checked(payload))
      expect(await db.declarations.get(id)).toEqual(truth)
      const repo = new DeclarationRepository(db)
      const search = (text: string) =>
        repo.list({ trashed: false, search: text, sort: 'updated-desc', limit: 10 })
      expect((await search('forged')).total).toBe(0)
      expect((await repo.findByLrn('FORGED-1')) === undefined).toBe(true)
      expect((await search('жетысу')).rows.map((r) => r.id)).toEqual([id])
    }
  })
})

describe('declarations and documents belong together', () => {
  it('a declaration without its document row is refused, naming its LRN, and nothing changes', async () => {
    const source = open()
    const id = await filled(source)
    const payload = await backupOf(source)
    payload.documents = payload.documents.filter((row) => row.id !== id)
    const problem = { kind: 'noDocument', row: byId(payload, id) + 1, name: 'KZ-ALA-2026-0117' }
    expect(checkBackup(payload)).toEqual({ problem })
    expect(sentence(problem as BackupProblem)).toBe(
      `its declaration “KZ-ALA-2026-0117” (row ${problem.row} of its declarations) has no document in it`,
    )
    // Opened as a file, the file check already refuses it.
    expect(await openAsFile(payload)).toEqual({
      refused: 'declaration KZ-ALA-2026-0117 has no document in it',
    })
    await expectRefusedWithNothingChanged(payload, problem as BackupProblem)
  })

  it('a document without its declaration row is refused, naming its row, and nothing changes', async () => {
    const source = open()
    const id = await filled(source)
    const payload = await backupOf(source)
    payload.declarations = payload.declarations.filter((row) => row.id !== id)
    // Its history has no declaration either; the document is named first.
    const row = payload.documents.findIndex((d) => d.id === id) + 1
    const problem = await refusal(payload)
    expect(problem).toEqual({ kind: 'noDeclaration', row, id })
    expect(sentence(problem)).toBe(
      `the document in row ${row} of its documents belongs to no declaration in it (id ${id})`,
    )
    await expectRefusedWithNothingChanged(payload, problem)
  })

  it('a saved version of a declaration the backup does not hold is refused', async () => {
    const source = open()
    await filled(source)
    const payload = await backupOf(source)
    payload.versions[0]!.declarationId = 'elsewhere'
    expect(sentence(await refusal(payload))).toBe(
      'row 1 of its saved versions belongs to no declaration in it (id elsewhere)',
    )
  })

  it('two declarations with one LRN are refused, naming the LRN; so are shared ids', async () => {
    const source = open()
    await filled(source)
    const payload = await backupOf(source)
    const national = sample('national-karachi-kabul.json')
    // A third declaration: the national one's document under another id.
    const twin = payload.declarations.findIndex((row) => row.lrn === national.lrn)
    payload.declarations.push({ ...payload.declarations[twin]!, id: 'twin' })
    payload.documents.push({ id: 'twin', document: national })
    const problem = await refusal(payload)
    expect(problem).toEqual({
      kind: 'duplicate',
      table: 'declarations',
      first: twin + 1,
      second: 3,
      field: 'lrn',
      value: national.lrn,
    })
    expect(sentence(problem)).toBe(
      `rows ${twin + 1} and 3 of its declarations have the same LRN, “${String(national.lrn)}”`,
    )
    await expectRefusedWithNothingChanged(payload, problem)

    // The same id twice (the file check pairs it with the one document row).
    payload.declarations[2] = { ...payload.declarations[0]! }
    payload.documents.pop()
    expect(await refusal(payload)).toMatchObject({
      kind: 'duplicate',
      table: 'declarations',
      first: 1,
      second: 3,
      field: 'id',
    })
    // One document twice.
    payload.declarations.pop()
    payload.documents.push({ ...payload.documents[0]! })
    expect(await refusal(payload)).toMatchObject({
      kind: 'duplicate',
      table: 'documents',
      first: 1,
      second: 3,
      field: 'id',
    })
  })
})

describe('every row parsed before anything changes', () => {
  it('every number of a change is bounded: lengths, indexes, depth and history numbers', async () => {
    const source = open()
    const id = await filled(source)
    const payload = await backupOf(source)
    const version = payload.versions[0]!
    const items = ['consignments', 0, 'items']
    const problemOf = async (changes: JsonValue, seq: JsonValue = version.seq!) => {
      const result = await openAsFile({ ...payload, versions: [{ ...version, changes, seq }] })
      return 'refused' in result ? result.refused : null
    }
    // The longest list and the greatest index are taken; one more is refused.
    expect(await problemOf([{ path: items, length: MAX_LIST_LENGTH }])).toBeNull()
    expect(await problemOf([{ path: [...items, MAX_LIST_LENGTH - 1], value: {} }])).toBeNull()
    expect(await problemOf([{ path: items, length: MAX_LIST_LENGTH + 1 }])).toMatchObject({
      field: 'changes/0/length',
    })
    expect(await problemOf([{ path: [...items, MAX_LIST_LENGTH], value: {} }])).toMatchObject({
      field: 'changes/0/path/3',
    })
    for (const bad of [-1, 1.5, 4294967295])
      expect(await problemOf([{ path: items, length: bad }])).toMatchObject({
        kind: 'wrong',
        field: 'changes/0/length',
      })
    const deep = Array.from({ length: MAX_DEPTH + 1 }, () => 'a')
    expect(await problemOf([{ path: deep, value: 1 }])).toMatchObject({ field: 'changes/0/path' })
    expect(await problemOf([{ path: [], value: 1 }])).toMatchObject({ field: 'changes/0/path' })
    expect(await problemOf([{ path: ['lrn'], value: 'A', length: 2 }])).toMatchObject({
      field: 'changes/0/length',
    })
    expect(await problemOf([{ path: ['lrn'], value: 'A' }], 2 ** 53 - 1)).toMatchObject({
      field: 'seq',
    })
    // A version at the bound is rebuilt (how fast: bench/history.ts).
    const db = open()
    await replaceWithBackup(
      db,
      await checked({
        ...payload,
        versions: [{ ...version, changes: [{ path: items, length: MAX_LIST_LENGTH }] }],
      }),
    )
    const older = await documentAtVersion(db, id, 0)
    expect(((older!.consignments as JsonObject[])[0]!.items as unknown[]).length).toBe(
      MAX_LIST_LENGTH,
    )
  })

  it('a document row must hold one readable document: an object, or compressed JSON of one', async () => {
    const source = open()
    const id = await filled(source)
    const payload = await backupOf(source)
    const row = payload.documents.findIndex((d) => d.id === id)
    const compressed = (text: string) => toBase64(deflateSync(new TextEncoder().encode(text)))
    let deep: JsonValue = {}
    for (let i = 0; i <= MAX_DEPTH; i++) deep = { deeper: deep }
    for (const [form, problem] of [
      [{ content: compressed('[1, 2]') }, { kind: 'unreadable', row: row + 1, id }],
      [{ content: compressed('{"lrn": ') }, { kind: 'unreadable', row: row + 1, id }],
      [
        { content: toBase64(new Uint8Array([1, 2, 3, 4])) },
        { kind: 'unreadable', row: row + 1, id },
      ],
      [{ content: compressed(JSON.stringify(deep)) }, { kind: 'unreadable', row: row + 1, id }],
      [{ document: deep }, { kind: 'wrong', table: 'documents', row: row + 1, field: 'document' }],
    ] as [JsonObject, Partial<BackupProblem>][]) {
      payload.documents[row] = { id, ...form }
      expect(await refusal(payload)).toMatchObject(problem)
    }
    // Nested deeper than any code could even show (JSON.parse takes it, JSON.stringify not).
    let abyss: JsonValue = {}
    for (let i = 0; i < 100_000; i++) abyss = { deeper: abyss }
    payload.documents[row] = { id, document: abyss }
    expect(checkBackup(payload)).toEqual({
      problem: { kind: 'wrong', table: 'documents', row: row + 1, field: 'document', value: '…' },
    })
    expect(sentence({ kind: 'unreadable', row: 2, id: 'x' })).toBe(
      'the document in row 2 of its documents (declaration x) cannot be read',
    )
  })

  it('unknown fields are dropped: a backup of a later release of the format restores', async () => {
    const source = open()
    await filled(source)
    const payload = await backupOf(source)
    for (const table of BACKUP_TABLES)
      for (const row of payload[table]) row.fromTheFuture = { kept: false }
    const db = open()
    await replaceWithBackup(db, await checked(payload))
    expect(await contents(db)).toEqual(await contents(source))
    expect(JSON.stringify(await contents(db))).not.toContain('fromTheFuture')
  })

  it('readiness counts are kept when they are counts, and left to the readiness check when not', async () => {
    const source = open()
    const id = await filled(source)
    await new DeclarationRepository(source).setReadiness(id, { errorCount: 2, warningCount: 1 })
    const payload = await backupOf(source)
    const row = payload.declarations[byId(payload, id)]!
    let db = open()
    await replaceWithBackup(db, await checked(payload))
    expect(await db.declarations.get(id)).toEqual(await source.declarations.get(id))
    expect(await db.declarations.get(id)).toMatchObject({ errorCount: 2, warningCount: 1 })
    for (const odd of [
      { errorCount: -1 },
      { warningCount: 'none' },
      { rules: 1.5 },
    ] as JsonObject[]) {
      db = open()
      const declarations = payload.declarations.map((r) => (r === row ? { ...row, ...odd } : r))
      await replaceWithBackup(db, await checked({ ...payload, declarations }))
      const restored = await db.declarations.get(id)
      expect(restored).not.toHaveProperty('errorCount')
      expect(restored).not.toHaveProperty('warningCount')
      expect(restored).not.toHaveProperty('rules')
    }
  })

  it('reference data: words and keys rebuilt from each entry, wrong shapes and shared keys refused', async () => {
    const source = open()
    await filled(source)
    const payload = await backupOf(source)
    payload.parties[0]!.words = [42]
    payload.parties[0]!.idKey = 'FORGED'
    payload.goods[0]!.words = 'cotton'
    payload.vehicles[0]!.plateKey = { forged: true }
    payload.offices[0]!.words = null
    const db = open()
    await replaceWithBackup(db, await checked(payload))
    expect(await contents(db)).toEqual(await contents(source))
    expect(await new LibraryRepository(db).searchParties('жетысу')).toHaveLength(1)

    const refused = async (
      table: 'parties' | 'goods' | 'vehicles' | 'offices' | 'sheetMappings',
      change: JsonObject,
    ) => {
      const rows = (await backupOf(source))[table]
      return refusal({ ...payload, [table]: [{ ...rows[0]!, ...change }, ...rows.slice(1)] })
    }
    expect(await refused('parties', { party: 'ТОО' })).toMatchObject({ field: 'party' })
    expect(await refused('goods', { line: { description: 'no code' } })).toMatchObject({
      kind: 'missing',
      field: 'line/hsCode',
    })
    expect(
      await refused('goods', { line: { description: 'x', hsCode: '1', netMassPerPackage: -1 } }),
    ).toMatchObject({ field: 'line/netMassPerPackage' })
    expect(await refused('vehicles', { vehicle: { trailer: {} } })).toMatchObject({
      kind: 'missing',
      field: 'vehicle/tractor',
    })
    expect(await refused('offices', { roles: ['departure', 'nowhere'] })).toMatchObject({
      field: 'roles/1',
    })
    expect(await refused('sheetMappings', { columns: { вес: 5 } })).toMatchObject({
      field: 'columns',
    })
    expect(await refused('offices', { updatedAt: 'yesterday' })).toMatchObject({
      field: 'updatedAt',
    })
    // Keys the database keeps unique, shared by two rows of the backup.
    const party = payload.parties[0]!
    const twice = await refusal({ ...payload, parties: [party, { ...party, id: 'other' }] })
    expect(twice).toMatchObject({ kind: 'duplicate', table: 'parties', field: 'identification' })
    expect(sentence(twice)).toMatch(
      /^rows 1 and 2 of its address book entries have the same identification, “KZ-BIN:\d+”$/,
    )
    const office = payload.offices[0]!
    expect(
      await refusal({ ...payload, offices: [office, { ...office, id: 'other' }] }),
    ).toMatchObject({ kind: 'duplicate', field: 'reference' })
    const vehicle = payload.vehicles[0]!
    expect(
      await refusal({ ...payload, vehicles: [vehicle, { ...vehicle, id: 'other' }] }),
    ).toMatchObject({ kind: 'duplicate', field: 'plates' })
  })

  it('a declaration whose document row holds nothing keeps its row, checked; a version-1 row gets defaults', async () => {
    const source = open()
    await filled(source)
    const payload = await backupOf(source)
    payload.declarations.push({ id: 'old', lrn: 'OLD-1', words: ['forged'] })
    payload.documents.push({ id: 'old' })
    const db = open()
    await replaceWithBackup(db, await checked(payload))
    expect(await db.declarations.get('old')).toEqual({
      id: 'old',
      lrn: 'OLD-1',
      status: 'draft',
      createdAt: AT,
      updatedAt: AT,
      trashed: 0,
      deletedAt: null,
      procedure: '',
      declarationDate: '',
      holderName: '',
      route: [],
      itemCount: 0,
      packageCount: 0,
      grossMass: 0,
    })
    const repo = new DeclarationRepository(db)
    const found = await repo.list({ trashed: false, search: 'old-1', sort: 'date-desc', limit: 5 })
    expect(found.rows.map((r) => r.id)).toEqual(['old'])
    expect(
      (await repo.list({ trashed: false, search: 'forged', sort: 'date-desc', limit: 5 })).total,
    ).toBe(0)
    // Its columns are still checked: it has no document to rebuild them from.
    payload.declarations[2] = { id: 'old', lrn: 'OLD-1', route: null }
    expect(await refusal(payload)).toMatchObject({ kind: 'wrong', row: 3, field: 'route' })
  })

  it('has a sentence in the catalogue for every problem', () => {
    const problems: BackupProblem[] = [
      { kind: 'missing', table: 'sheetMappings', row: 1, field: 'sender' },
      { kind: 'wrong', table: 'goods', row: 1, field: 'line', value: '[]' },
      { kind: 'unreadable', row: 1, id: 'a' },
      { kind: 'noDocument', row: 1, name: 'a' },
      { kind: 'noDeclaration', row: 1, id: 'a' },
      { kind: 'noVersionDeclaration', row: 1, id: 'a' },
      ...(['id', 'lrn', 'seq', 'identification', 'plates', 'reference', 'sender'] as const).map(
        (field): BackupProblem => ({
          kind: 'duplicate',
          table: 'versions',
          first: 1,
          second: 2,
          field,
          value: 'a',
        }),
      ),
    ]
    for (const table of BACKUP_TABLES)
      problems.push({ kind: 'missing', table, row: 1, field: 'id' })
    for (const problem of problems) {
      const text = sentence(problem)
      expect(text).not.toMatch(/backup\.check|\{\{|undefined/)
      expect(text).toMatch(/^[a-z]/)
      expect(text).not.toMatch(/\.$/)
    }
    // What a file brought is shown short and isolated from the sentence around it.
    const long = describeBackupProblem(
      { kind: 'noDocument', row: 1, name: '\u202Eشرکت'.repeat(40) },
      t,
    )
    expect(long).toMatch(/“\u2068\u202Eشرکت.*…\u2069”/)
    expect(long.length).toBeLessThan(160)
  })
})

// ── property ──────────────────────────────────────────────────────────────────────────────

const json = fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<JsonValue>
/** Mostly right, sometimes of the right JSON type but odd, sometimes of another type. */
const mostly = <T>(right: fc.Arbitrary<T>, ...odd: fc.Arbitrary<JsonValue>[]) =>
  fc.oneof(
    { arbitrary: right as fc.Arbitrary<JsonValue>, weight: 100 },
    ...odd.map((arbitrary) => ({ arbitrary, weight: 1 })),
  )
const time = mostly(
  fc.integer({ min: 0, max: 4e12 }).map((ms) => new Date(ms).toISOString()),
  fc.string({ maxLength: 4 }),
  json,
)
const declarationIds = ['a', 'b', 'c']
const lrn = fc.oneof(fc.constantFrom('L-1', 'L-2', 'L-3', ''), json)

const goodsItem = fc.oneof(
  fc.record(
    {
      description: fc.oneof(fc.string(), json),
      hsCode: fc.oneof(fc.constantFrom('520512', '610910'), json),
      grossMass: fc.oneof(fc.double({ noNaN: true }), json),
      packages: fc.oneof(fc.array(fc.record({ count: json }), { maxLength: 2 }), json),
    },
    { requiredKeys: [] },
  ),
  json,
)
const oddDocument: fc.Arbitrary<JsonObject> = fc.oneof(
  fc.record(
    {
      lrn,
      procedure: fc.oneof(fc.constantFrom('TIR', 'T1'), json),
      declarationDate: fc.oneof(fc.constant('2026-02-04'), json),
      countriesOfRouting: fc.oneof(fc.array(fc.constantFrom('KZ', 'PK', '')), json),
      holder: fc.oneof(fc.record({ name: fc.string() }), json),
      mrn: json,
      consignments: fc.oneof(
        fc.array(
          fc.record(
            { consignor: json, items: fc.oneof(fc.array(goodsItem, { maxLength: 3 }), json) },
            { requiredKeys: [] },
          ),
          { maxLength: 2 },
        ),
        json,
      ),
    },
    { requiredKeys: [] },
  ),
  fc.dictionary(fc.string({ maxLength: 6 }), json, { maxKeys: 4 }),
)
const compressed = (value: JsonValue) =>
  toBase64(deflateSync(new TextEncoder().encode(JSON.stringify(value))))
const documentRow = (id: string): fc.Arbitrary<JsonObject> =>
  fc.oneof(
    { arbitrary: oddDocument.map((document) => ({ id, document, savedAt: AT })), weight: 10 },
    {
      arbitrary: oddDocument.map((d) => ({ id, content: compressed(d), revision: 'r' })),
      weight: 10,
    },
    { arbitrary: json.map((value) => ({ id, content: compressed(value) })), weight: 1 },
    {
      arbitrary: fc
        .uint8Array({ minLength: 1, maxLength: 12 })
        .map((b) => ({ id, content: toBase64(b) })),
      weight: 1,
    },
    { arbitrary: fc.constant({ id }), weight: 1 },
  )
const declarationRow = (id: string): fc.Arbitrary<JsonObject> =>
  fc.record(
    {
      id: fc.constant(id),
      status: mostly(fc.constant('draft'), fc.string({ maxLength: 3 })),
      createdAt: time,
      updatedAt: time,
      trashed: mostly(fc.constantFrom(0, 1), fc.integer({ min: -2, max: 9 }), json),
      deletedAt: mostly(fc.constant(null), time),
      lrn,
      lrnKey: lrn,
      procedure: json,
      holderName: json,
      declarationDate: json,
      route: fc.oneof(fc.constant(null), fc.array(fc.string()), json),
      itemCount: fc.oneof(fc.integer(), fc.double()),
      packageCount: json,
      grossMass: fc.oneof(fc.double(), json),
      errorCount: fc.oneof(fc.nat(9), fc.integer(), json),
      warningCount: fc.oneof(fc.nat(9), fc.integer(), json),
      rules: fc.oneof(fc.nat(3), json),
      words: fc.oneof(fc.array(fc.string()), json),
      extra: json,
    },
    {
      requiredKeys: ['id', 'status', 'createdAt', 'updatedAt', 'trashed', 'deletedAt'],
    },
  ) as fc.Arbitrary<JsonObject>
const huge = fc.constantFrom(MAX_LIST_LENGTH, 4294967295)
const index = mostly(fc.nat(3), huge)
const change = fc.record(
  {
    path: mostly(
      fc.array(fc.oneof(fc.constantFrom('lrn', 'consignments', 'items', 'holder'), index), {
        minLength: 1,
        maxLength: 4,
      }),
      fc.constant([]),
    ),
    value: json,
    length: mostly(fc.nat(4), huge),
  },
  { requiredKeys: ['path'] },
)
const versionRow = (ids: string[]) =>
  fc.record({
    seq: mostly(fc.integer({ min: 1, max: 40 }), fc.integer(), fc.constant(2 ** 53)),
    declarationId: mostly(fc.constantFrom(...ids, 'z'), fc.string({ maxLength: 2 })),
    at: time,
    changes: fc.array(change, { maxLength: 3 }),
  }) as fc.Arbitrary<JsonObject>
const partyRow = fc.record(
  {
    id: fc.constantFrom('p1', 'p2'),
    party: mostly(
      fc.record(
        {
          name: fc.string(),
          identification: fc.record({
            scheme: fc.constant('KZ-BIN'),
            value: fc.constantFrom('1', '2'),
          }),
          address: json,
        },
        { requiredKeys: ['name'] },
      ),
      json,
    ),
    idKey: json,
    words: json,
    createdAt: time,
    updatedAt: time,
  },
  { requiredKeys: ['id', 'party', 'createdAt', 'updatedAt'] },
) as fc.Arbitrary<JsonObject>
const goodsRow = fc.record(
  {
    id: fc.constantFrom('g1', 'g2'),
    line: mostly(
      fc.record(
        {
          description: fc.string(),
          hsCode: fc.string({ maxLength: 10 }),
          grossMassPerPackage: mostly(fc.double({ min: 0, max: 1e6, noNaN: true }), json),
          currency: mostly(fc.constant('USD'), json),
        },
        { requiredKeys: ['description', 'hsCode'] },
      ),
      json,
    ),
    words: json,
    createdAt: time,
    updatedAt: time,
  },
  { requiredKeys: ['id', 'line', 'createdAt', 'updatedAt'] },
) as fc.Arbitrary<JsonObject>
const unit = fc.record({
  identity: fc.constantFrom('01A', '02 B', ''),
  nationality: fc.constant('KZ'),
})
const vehicleRow = fc.record(
  {
    id: fc.constantFrom('v1', 'v2'),
    vehicle: mostly(
      fc.record(
        {
          tractor: unit,
          trailer: fc.record({
            identity: fc.constantFrom('03C', '04 D'),
            nationality: fc.constant('KZ'),
            kind: mostly(fc.constantFrom('trailer', 'semi-trailer'), fc.constant('boat')),
          }),
          rigid: mostly(fc.boolean(), json),
        },
        { requiredKeys: ['tractor'] },
      ),
      json,
    ),
    plateKey: json,
    words: json,
    createdAt: time,
    updatedAt: time,
  },
  { requiredKeys: ['id', 'vehicle', 'createdAt', 'updatedAt'] },
) as fc.Arbitrary<JsonObject>
const officeRow = fc.record(
  {
    id: fc.constantFrom('o1', 'o2'),
    reference: mostly(fc.constantFrom('KZ550010', 'PK000001'), json),
    name: mostly(fc.string(), json),
    country: mostly(fc.constantFrom('KZ', 'PK'), json),
    roles: mostly(
      fc.array(fc.constantFrom('departure', 'transit', 'border')),
      fc.constant(['nowhere']),
    ),
    example: mostly(fc.boolean(), json),
    words: json,
    updatedAt: time,
  },
  { requiredKeys: ['id', 'reference', 'name', 'country', 'roles', 'updatedAt'] },
) as fc.Arbitrary<JsonObject>
const sheetMappingRow = fc.record({
  sender: fc.constantFrom('s1', 's2'),
  columns: mostly(
    fc.dictionary(fc.string(), fc.constantFrom('description', 'grossMass', '')),
    json,
  ),
  updatedAt: time,
}) as fc.Arbitrary<JsonObject>

/** Rows of a reference table, their keys mostly unique. */
const rows = (row: fc.Arbitrary<JsonObject>, key = 'id') =>
  fc.oneof(
    { arbitrary: fc.uniqueArray(row, { maxLength: 2, selector: (r) => r[key] }), weight: 8 },
    { arbitrary: fc.array(row, { maxLength: 2 }), weight: 1 },
  )
/** Declarations (ids may repeat), their documents (one may be missing or extra), and the rest. */
const oddBackup: fc.Arbitrary<BackupPayload> = fc
  .oneof(
    { arbitrary: fc.uniqueArray(fc.constantFrom(...declarationIds), { maxLength: 3 }), weight: 8 },
    { arbitrary: fc.array(fc.constantFrom(...declarationIds), { maxLength: 3 }), weight: 1 },
  )
  .chain((ids) =>
    fc.record({
      declarations: fc.tuple(...ids.map(declarationRow)),
      documents: fc
        .tuple(...[...new Set(ids)].map(documentRow))
        .chain((documents) =>
          fc.oneof(
            { arbitrary: fc.constant(documents), weight: 20 },
            { arbitrary: fc.constant(documents.slice(1)), weight: 1 },
            { arbitrary: documentRow('z').map((extra) => [...documents, extra]), weight: 1 },
          ),
        ),
      versions: ids.length === 0 ? fc.constant([]) : fc.array(versionRow(ids), { maxLength: 3 }),
      parties: rows(partyRow),
      goods: rows(goodsRow),
      vehicles: rows(vehicleRow),
      offices: rows(officeRow),
      sheetMappings: rows(sheetMappingRow, 'sender'),
      settings: fc.constant({}),
    }),
  )

const SORTS: SortKey[] = ['updated-desc', 'updated-asc', 'date-desc', 'date-asc']

/**
 * Every declaration row is the summary of its document; every declaration is in one view of
 * the list; the list, its search and counts, the history and the reference data all answer.
 */
async function expectUsable(db: WorkspaceDatabase) {
  const repo = new DeclarationRepository(db)
  const declarations = await db.declarations.toArray()
  for (const row of declarations) {
    const stored = await db.documents.get(row.id)
    expect(stored).toBeDefined()
    if (holdsDocument(stored!)) {
      expect(row).toEqual(summaryOf(documentOf(stored!), row).row)
      const versions = await listVersions(db, row.id)
      for (const { seq } of [...versions, { seq: 0 }])
        expect(await documentAtVersion(db, row.id, seq)).toBeDefined()
    }
  }
  let listed = 0
  for (const trashed of [false, true]) {
    for (const sort of SORTS) {
      const page = await repo.list({ trashed, sort, limit: 20 })
      if (sort === 'updated-desc') listed += page.total
      expect(page.rows.every((row) => Array.isArray(row.route))).toBe(true)
      await repo.list({ trashed, sort, limit: 20, search: 'l 1' })
      await repo.list({ trashed, sort, limit: 20, procedure: 'TIR', status: 'draft' })
    }
  }
  expect(listed).toBe(declarations.length)
  await repo.counts()
  const library = new LibraryRepository(db)
  const parties = await library.allParties()
  parties.forEach((entry) => partyLine(entry.party))
  duplicateGroups(parties)
  await library.searchParties('a')
  await library.searchGoods('')
  await library.searchGoods('a')
  await library.searchVehicles('01')
  await library.sheetMapping('s1')
  const places = new PlacesRepository(db)
  await places.searchOffices('kz', 'departure')
  await places.allOffices()
}

describe('any odd backup', () => {
  it('is refused with a sentence, or restores into a workspace whose summaries are its documents’', async () => {
    const outcomes = { fileRefused: 0, rowsRefused: 0, restored: 0 }
    await fc.assert(
      fc.asyncProperty(oddBackup, async (content) => {
        const result = await openBackupFile(await encodeBackup(content, AT))
        if ('refused' in result) {
          const { refused } = result
          if (typeof refused === 'string') {
            outcomes.fileRefused++
            expect(refused).toMatch(/^[a-z].*[^.]$/s)
            return
          }
          outcomes.rowsRefused++
          expect(sentence(refused)).toMatch(/^[a-z].*[^.]$/s)
          // Filled in from the catalogue (what the file brought may hold anything).
          const plain = { ...refused, value: 'V', id: 'I', name: 'N' } as unknown as BackupProblem
          if ('field' in plain && plain.kind !== 'duplicate') plain.field = 'F'
          expect(sentence(plain)).not.toMatch(/backup\.check|\{\{|undefined/)
          return
        }
        outcomes.restored++
        const replaced = open()
        await replaceWithBackup(replaced, result.backup)
        await expectUsable(replaced)
        const merged = await target()
        await mergeBackup(merged, result.backup)
        await expectUsable(merged)
      }),
      { numRuns: 200 },
    )
    console.log('odd backups:', outcomes)
    // The property says something only if both ways out are taken.
    expect(outcomes.restored).toBeGreaterThan(0)
    expect(outcomes.rowsRefused).toBeGreaterThan(0)
  }, 120_000)
})
