/**
 * The check every backup passes before anything is restored from it: each row of each table
 * parsed with its schema (shared/backup/rows.ts), and the rows put in the form the database
 * keeps them — declaration summaries and search words rebuilt from the documents, the search
 * words and unique keys of the reference data from the entries, documents as bytes. It runs
 * when a backup is opened (restore.worker.ts), so a backup that would not restore is refused
 * before the user is asked anything; replace and merge (backup.ts) store nothing else.
 *
 * Refused, with the first problem found (problems.ts): a row of the wrong shape; a document
 * that cannot be read; a declaration without its document row or a document row without its
 * declaration; a saved version of a declaration the backup does not hold; two rows of a table
 * with one key — id, LRN, history number, or the identification, registrations or reference
 * the address book, vehicles and offices keep unique. All in one pass, synchronous (no work
 * per row waits for anything): ~0.1 ms a declaration.
 */
import { inflateSync } from 'fflate'
import type { z } from 'zod'
import { fromBase64 } from '../../shared/backup/base64'
import type { BackupPayload, BackupTable } from '../../shared/backup/format'
import type { BackupProblem, DuplicateField } from '../../shared/backup/problems'
import { depthWithin, MAX_DEPTH, rowSchemas } from '../../shared/backup/rows'
import { isDateTime } from '../../shared/dates'
import { getAt, isJsonObject, type JsonObject } from '../../shared/json'
import { searchWords as entryWords } from '../../shared/codes/search-text'
import { goodsWords, type GoodsEntry } from '../../shared/library/goods'
import type { OfficeEntry } from '../../shared/library/offices'
import { partyIdKey, partyWords, type PartyEntry } from '../../shared/library/parties'
import { vehicleEntry, type VehicleEntry } from '../../shared/library/vehicles'
import { searchWords } from '../../shared/model/declaration-record'
import { summaryOf, type DeclarationRow, type SheetMappingRow, type VersionRow } from './schema'
import { compacted, type StoredDocument } from './stored-document'

/** A backup's rows, checked and as the database keeps them. */
export interface CheckedBackup {
  /** summary rows, rebuilt from their documents */
  declarations: DeclarationRow[]
  /** each declaration's search words, rebuilt with it (same order as `declarations`) */
  words: [id: string, words: string[]][]
  documents: StoredDocument[]
  versions: (VersionRow & { seq: number })[]
  parties: PartyEntry[]
  goods: GoodsEntry[]
  vehicles: VehicleEntry[]
  offices: OfficeEntry[]
  sheetMappings: SheetMappingRow[]
}

/** Backups this module checked: only these are stored as they are. */
let checkedBackups: WeakSet<object> | undefined

export function isCheckedBackup(backup: object): backup is CheckedBackup {
  return checkedBackups?.has(backup) ?? false
}

/** A backup refused by the check (for callers handing over rows not checked yet). */
export class BackupRefusedError extends Error {
  override readonly name = 'BackupRefusedError'
  constructor(readonly problem: BackupProblem) {
    super(`the backup's rows are refused (${JSON.stringify(problem)})`)
  }
}

class Refusal {
  constructor(readonly problem: BackupProblem) {}
}

/**
 * Checks a decoded backup (format.ts). `at`: when it was made (its header's time), given to a
 * row an old database left without times.
 */
export function checkBackup(
  payload: BackupPayload,
  options: { at?: string } = {},
): { backup: CheckedBackup } | { problem: BackupProblem } {
  const at = options.at && isDateTime(options.at) ? options.at : new Date().toISOString()
  try {
    const backup = checkRows(payload, at)
    checkedBackups ??= new WeakSet()
    checkedBackups.add(backup)
    return { backup }
  } catch (error) {
    if (error instanceof Refusal) return { problem: error.problem }
    throw error
  }
}

/** The checked rows of a backup, checking it first unless it is checked already. */
export function checkedRows(backup: BackupPayload | CheckedBackup): CheckedBackup {
  if (isCheckedBackup(backup)) return backup
  const result = checkBackup(backup)
  if ('problem' in result) throw new BackupRefusedError(result.problem)
  return result.backup
}

function checkRows(payload: BackupPayload, at: string): CheckedBackup {
  const schemas = rowSchemas()
  const documents = parseRows('documents', payload.documents, schemas.DocumentRow)
  const documentAt = uniqueKeys('documents', documents, 'id', (row) => row.id)
  const declarations: DeclarationRow[] = []
  const words: [string, string[]][] = []
  const stored: StoredDocument[] = []
  const declarationAt = new Map<string, number>()
  const lrnAt = new Map<string, number>()
  payload.declarations.forEach((raw, index) => {
    const id = raw.id
    if (typeof id !== 'string' || id === '')
      throw new Refusal(fieldProblem('declarations', index, raw, ['id']))
    noDuplicate('declarations', declarationAt, id, index, 'id')
    const documentIndex = documentAt.get(id)
    if (documentIndex === undefined)
      throw new Refusal({
        kind: 'noDocument',
        row: index + 1,
        name: typeof raw.lrn === 'string' && raw.lrn !== '' ? raw.lrn : id,
      })
    const { document: object, content, ...rest } = documents[documentIndex]!
    let summary: { row: DeclarationRow; words: string[] }
    if (object === undefined && content === undefined) {
      summary = standaloneSummary(raw, index, at)
      stored.push(rest)
    } else {
      const meta = parseRow('declarations', index, raw, schemas.DeclarationMeta)
      const readiness = schemas.Readiness.safeParse(raw)
      const bytes = content === undefined ? undefined : contentBytes(content, documentIndex, id)
      const row: StoredDocument = bytes
        ? { ...rest, content: bytes }
        : { ...rest, document: object }
      const document = object ?? readDocument(bytes!, documentIndex, id)
      // The readiness counts ride along with the meta (summarize keeps them as they are).
      const kept: typeof meta = readiness.success ? { ...meta, ...readiness.data } : meta
      try {
        summary = summaryOf(document, kept)
      } catch {
        throw new Refusal({ kind: 'unreadable', row: documentIndex + 1, id })
      }
      stored.push(content === undefined ? compacted(row) : row)
    }
    if (summary.row.lrnKey !== undefined)
      noDuplicate('declarations', lrnAt, summary.row.lrnKey, index, 'lrn')
    declarations.push(summary.row)
    words.push([id, summary.words])
  })
  const orphan = documents.findIndex((row) => !declarationAt.has(row.id))
  if (orphan >= 0)
    throw new Refusal({ kind: 'noDeclaration', row: orphan + 1, id: documents[orphan]!.id })

  const versions = parseRows('versions', payload.versions, schemas.VersionRow)
  uniqueKeys('versions', versions, 'seq', (row) => row.seq)
  const unknown = versions.findIndex((row) => !declarationAt.has(row.declarationId))
  if (unknown >= 0)
    throw new Refusal({
      kind: 'noVersionDeclaration',
      row: unknown + 1,
      id: versions[unknown]!.declarationId,
    })

  const parties = parseRows('parties', payload.parties, schemas.PartyRow).map(
    ({ id, party, createdAt, updatedAt }): PartyEntry => {
      const idKey = partyIdKey(party)
      return {
        id,
        party,
        ...(idKey ? { idKey } : {}),
        words: partyWords(party),
        createdAt,
        updatedAt,
      }
    },
  )
  uniqueKeys('parties', parties, 'id', (row) => row.id)
  uniqueKeys('parties', parties, 'identification', (row) => row.idKey)

  const goods = parseRows('goods', payload.goods, schemas.GoodsRow).map((row): GoodsEntry => ({
    ...row,
    words: goodsWords(row.line),
  }))
  uniqueKeys('goods', goods, 'id', (row) => row.id)

  const vehicles = parseRows('vehicles', payload.vehicles, schemas.VehicleRow).map(
    ({ id, vehicle, createdAt, updatedAt }): VehicleEntry => ({
      ...vehicleEntry(vehicle, updatedAt, id),
      createdAt,
    }),
  )
  uniqueKeys('vehicles', vehicles, 'id', (row) => row.id)
  uniqueKeys('vehicles', vehicles, 'plates', (row) => row.plateKey)

  const offices = parseRows('offices', payload.offices, schemas.OfficeRow).map(
    (office): OfficeEntry => ({
      ...office,
      // As officeEntry (library/offices.ts) finds them; importing it would bring its CSV reader.
      words: [...new Set([office.name, office.reference, office.country].flatMap(entryWords))],
    }),
  )
  uniqueKeys('offices', offices, 'id', (row) => row.id)
  uniqueKeys('offices', offices, 'reference', (row) => row.reference)

  const sheetMappings = parseRows('sheetMappings', payload.sheetMappings, schemas.SheetMappingRow)
  uniqueKeys('sheetMappings', sheetMappings, 'sender', (row) => row.sender)

  return {
    declarations,
    words,
    documents: stored,
    versions,
    parties,
    goods,
    vehicles,
    offices,
    sheetMappings,
  }
}

/**
 * The row of a declaration whose document row holds no document: its own columns, checked,
 * with the defaults version 2 gave rows it could not rebuild; its words, those of the columns.
 */
function standaloneSummary(
  raw: JsonObject,
  index: number,
  at: string,
): { row: DeclarationRow; words: string[] } {
  const schemas = rowSchemas()
  const { createdAt, updatedAt, lrnKey, ...columns } = parseRow(
    'declarations',
    index,
    raw,
    schemas.StandaloneSummary,
  )
  const readiness = schemas.Readiness.safeParse(raw)
  const row: DeclarationRow = {
    ...columns,
    createdAt: createdAt ?? updatedAt ?? at,
    updatedAt: updatedAt ?? createdAt ?? at,
    ...(lrnKey === undefined ? {} : { lrnKey }),
    ...(readiness.success ? readiness.data : {}),
  }
  const found = new Set(searchWords(row.lrn))
  if (row.lrn) found.add(row.lrn.toLocaleLowerCase())
  for (const word of searchWords(row.holderName)) found.add(word)
  return { row, words: [...found] }
}

/**
 * Room to inflate documents into, reused: fflate otherwise guesses each output's size and grows
 * it, which costs more than the inflating itself for the small documents most rows hold.
 */
let scratch: Uint8Array | undefined
/**
 * The most a compressed document may inflate to: a declaration file is at most 16 MiB, and only
 * documents of up to 100 items are kept compressed; more is a deflate bomb, not a document.
 */
const MAX_INFLATED = 64 * 1024 * 1024
let decoder: TextDecoder | undefined

/**
 * The document compressed in `content` (raw deflate of UTF-8 JSON, as stored-document.ts keeps
 * it), or the refusal naming its row when it cannot be read.
 */
function readDocument(content: Uint8Array, index: number, id: string): JsonObject {
  let document: unknown
  scratch ??= new Uint8Array(1 << 20)
  decoder ??= new TextDecoder('utf-8', { fatal: true })
  try {
    for (;;) {
      const bytes = inflateSync(content, { out: scratch })
      // Filled to the brim, it may not have fitted (fflate stops at the end of the room given).
      if (bytes.length < scratch.length) {
        document = JSON.parse(decoder.decode(bytes))
        break
      }
      if (scratch.length >= MAX_INFLATED) throw new Error('too large')
      scratch = new Uint8Array(scratch.length * 4)
    }
  } catch {
    throw new Refusal({ kind: 'unreadable', row: index + 1, id })
  }
  if (!isJsonObject(document) || !depthWithin(document, MAX_DEPTH))
    throw new Refusal({ kind: 'unreadable', row: index + 1, id })
  return document
}

/** The bytes of a row's base64 content (the file check made sure it is base64). */
function contentBytes(content: string, index: number, id: string): Uint8Array {
  try {
    return fromBase64(content)
  } catch {
    throw new Refusal({ kind: 'unreadable', row: index + 1, id })
  }
}

function parseRows<S extends z.ZodType>(
  table: BackupTable,
  rows: readonly JsonObject[],
  schema: S,
): z.output<S>[] {
  const parsed: z.output<S>[] = new Array(rows.length)
  for (let i = 0; i < rows.length; i++) parsed[i] = parseRow(table, i, rows[i]!, schema)
  return parsed
}

function parseRow<S extends z.ZodType>(
  table: BackupTable,
  index: number,
  row: JsonObject,
  schema: S,
): z.output<S> {
  const result = schema.safeParse(row)
  if (result.success) return result.data
  const issue = result.error.issues[0]!
  throw new Refusal(fieldProblem(table, index, row, issue.path as (string | number)[]))
}

/** The field at `path` of a row: missing, or holding what it should not (shown as JSON). */
function fieldProblem(
  table: BackupTable,
  index: number,
  row: JsonObject,
  path: (string | number)[],
): BackupProblem {
  const field = path.join('/')
  const value = getAt(row, path)
  if (value === undefined) return { kind: 'missing', table, row: index + 1, field }
  let json: string
  try {
    json = JSON.stringify(value)
  } catch {
    json = '…' // nested too deep even to be shown
  }
  return { kind: 'wrong', table, row: index + 1, field, value: json.slice(0, 200) }
}

function noDuplicate<K>(
  table: BackupTable,
  seen: Map<K, number>,
  key: K,
  index: number,
  field: DuplicateField,
): void {
  const first = seen.get(key)
  if (first !== undefined)
    throw new Refusal({
      kind: 'duplicate',
      table,
      first: first + 1,
      second: index + 1,
      field,
      value: String(key),
    })
  seen.set(key, index)
}

/** Each row's key (rows without one skipped), refusing a key two rows share. */
function uniqueKeys<T, K>(
  table: BackupTable,
  rows: readonly T[],
  field: DuplicateField,
  keyOf: (row: T) => K | undefined,
): Map<K, number> {
  const seen = new Map<K, number>()
  rows.forEach((row, index) => {
    const key = keyOf(row)
    if (key !== undefined) noDuplicate(table, seen, key, index, field)
  })
  return seen
}
