/**
 * The workspace database. Every schema version stays here forever, with its upgrade: a user may
 * open this release with a database written by any earlier one.
 */
import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie'
import { DATABASE_NAME } from '../../shared/app-identity'
import type { NationalLine } from '../../shared/codes/hs-search'
import type { JsonObject } from '../../shared/json'
import type { Change } from '../../shared/history/changes'
import type { GoodsEntry } from '../../shared/library/goods'
import type { Locode } from '../../shared/library/locodes'
import type { OfficeEntry } from '../../shared/library/offices'
import type { PartyEntry } from '../../shared/library/parties'
import type { VehicleEntry } from '../../shared/library/vehicles'
import {
  summarize,
  type DeclarationSummary,
  type Readiness,
} from '../../shared/model/declaration-record'
import { searchWordRows, type SearchWordsRow } from './search-words'
import type { AttemptRow, TrainingCaseRow } from './training'
import { compacted, type StoredDocument } from './stored-document'
import { upgradeCounter } from './upgrade-progress'
import { rebuildSummariesV2 } from './upgrades/summaries-v2'

/**
 * A summary row as stored: the list columns plus the unique-LRN key (absent for a blank LRN).
 * Its search words live in the `searchWords` table (search-words.ts).
 */
export type DeclarationRow = Omit<DeclarationSummary, 'words'> & { lrnKey?: string }

export class WorkspaceDatabase extends Dexie {
  declarations!: EntityTable<DeclarationRow, 'id'>
  documents!: EntityTable<StoredDocument, 'id'>
  parties!: EntityTable<PartyEntry, 'id'>
  goods!: EntityTable<GoodsEntry, 'id'>
  vehicles!: EntityTable<VehicleEntry, 'id'>
  sheetMappings!: EntityTable<SheetMappingRow, 'sender'>
  offices!: EntityTable<OfficeEntry, 'id'>
  locodes!: EntityTable<Locode, 'code'>
  versions!: EntityTable<VersionRow, 'seq'>
  searchWords!: EntityTable<SearchWordsRow, 'bucket'>
  nationalTariffs!: EntityTable<NationalTariffRow, 'id'>
  tariffLines!: Table<NationalLine, [string, string]>
  trainingCases!: EntityTable<TrainingCaseRow, 'id'>
  attempts!: EntityTable<AttemptRow, 'id'>

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options)
    defineSchema(this)
  }
}

/** Version 1: the first release kept only a summary with the LRN and the document. */
export const SCHEMA_V1 = {
  declarations: 'id, &lrn, updatedAt',
  documents: 'id',
}

/**
 * Version 2: trash, search words, list sorting by declaration date, and counts per procedure
 * and status. A blank LRN is allowed in a draft, so uniqueness moves to `lrnKey`, which is
 * absent (and so not indexed) while the LRN is blank.
 */
export const SCHEMA_V2 = {
  declarations:
    'id, &lrnKey, [trashed+updatedAt], [trashed+declarationDate], [trashed+procedure+status], *words',
  documents: 'id',
}

/**
 * Version 4: the reference data a forwarder keeps — the address book (one entry per
 * identification: `&idKey`, absent without one), the goods catalogue, and vehicle sets (one
 * per tractor + trailer registrations). New tables only: nothing to migrate.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V2,
  parties: 'id, &idKey, *words, updatedAt',
  goods: 'id, *words, updatedAt',
  vehicles: 'id, &plateKey, *words, updatedAt',
}

/** How one sender's spreadsheets were mapped: column title (normalised) → item field. */
export interface SheetMappingRow {
  sender: string
  columns: Record<string, string>
  updatedAt: string
}

/**
 * Version 5: the spreadsheet column mapping remembered per sender (consignor), the user's
 * customs offices (one per reference) and the UN/LOCODE places imported from the release.
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  sheetMappings: 'sender',
  offices: 'id, &reference, *words, updatedAt',
  locodes: 'code, country, *words',
}

/** One saved version of a declaration: the changes that turn it back into the one before. */
export interface VersionRow {
  seq?: number
  declarationId: string
  /** when the version was saved */
  at: string
  changes: Change[]
}

/** Version 6: the history of every declaration, one row per saved version (history/changes.ts). */
export const SCHEMA_V6 = { ...SCHEMA_V5, versions: '++seq, declarationId' }

/**
 * Version 7: search words move out of the summary rows into bucket rows (search-words.ts), and
 * small documents are stored compressed (stored-document.ts). A restore no longer writes an
 * index entry per word (~315,000 for 10,000 declarations), and reads and writes a third of the
 * document bytes.
 */
export const SCHEMA_V7 = {
  ...SCHEMA_V6,
  declarations:
    'id, &lrnKey, [trashed+updatedAt], [trashed+declarationDate], [trashed+procedure+status]',
  searchWords: 'bucket',
}

/**
 * Version 8: the list filtered by status (the movement's, since the lifecycle) reads its page
 * straight from an index in the list's order, whatever share of the declarations has it.
 * IndexedDB builds the new indexes from the rows as they are: no upgrade code.
 */
export const SCHEMA_V8 = {
  ...SCHEMA_V7,
  declarations:
    'id, &lrnKey, [trashed+updatedAt], [trashed+declarationDate], [trashed+procedure+status], ' +
    '[trashed+status+updatedAt], [trashed+status+declarationDate]',
}

/** An imported national tariff (EAEU ТН ВЭД, Pakistan PCT …); its lines are in `tariffLines`. */
export interface NationalTariffRow {
  id: string
  /** as the user named it, e.g. "EAEU ТН ВЭД" */
  name: string
  fileName: string
  importedAt: string
  lineCount: number
}

/**
 * Version 9: national tariffs imported from their files, whose 8- and 10-digit lines the HS
 * finder offers under their subheadings (db/national-tariff.ts). New tables only: nothing to
 * migrate.
 */
export const SCHEMA_V9 = {
  ...SCHEMA_V8,
  nationalTariffs: 'id, &name',
  tariffLines: '[tariff+code], tariff',
}

/**
 * Version 10: trainee mode (db/training.ts) — the case files a trainee imported (the shipped
 * ones come with the app and are not stored) and the attempts at cases, each with its own copy
 * of the declaration, apart from the workspace's declarations. New tables only: nothing to
 * migrate.
 */
export const SCHEMA_V10 = {
  ...SCHEMA_V9,
  trainingCases: 'id',
  attempts: 'id, caseId',
}

function defineSchema(db: Dexie): void {
  db.version(1).stores(SCHEMA_V1)
  db.version(2)
    .stores(SCHEMA_V2)
    .upgrade((tx) => rebuildSummariesV2(tx))
  // Version 3: summaries carry the validator's error and warning counts (readiness badge). The
  // readiness check finds them after any upgrade (features/readiness), so it needs no code here.
  db.version(3).stores(SCHEMA_V2)
  db.version(4).stores(SCHEMA_V4)
  db.version(5).stores(SCHEMA_V5)
  db.version(6).stores(SCHEMA_V6)
  db.version(7)
    .stores(SCHEMA_V7)
    .upgrade(async (tx) => {
      // Seconds for a large workspace: the boot screen shows how far it got, counting both
      // passes over the declarations (upgrade-progress.ts).
      const row = upgradeCounter(await tx.table('declarations').count(), 2)
      await moveWordsToBuckets(tx, row)
      await compactDocuments(tx, row)
    })
  db.version(8).stores(SCHEMA_V8)
  db.version(9).stores(SCHEMA_V9)
  db.version(10).stores(SCHEMA_V10)
}

/**
 * Version 7's upgrade, part 1: each summary row's words go to its bucket and leave the row.
 * `counted` is told of each row (the boot screen's progress); it changes nothing written.
 */
async function moveWordsToBuckets(tx: Transaction, counted: () => void): Promise<void> {
  const words: [string, string[]][] = []
  await tx
    .table<DeclarationRow & { words?: string[] }, string>('declarations')
    .toCollection()
    .modify((row) => {
      counted()
      words.push([row.id, row.words ?? []])
      delete row.words
    })
  await tx.table<SearchWordsRow, number>('searchWords').bulkPut(searchWordRows(words))
}

/**
 * Version 7's upgrade, part 2: small documents are compressed, as a save would store them
 * (~0.5 ms each here: ~12 s for 10,000, once; the boot screen shows how far it got). `counted`
 * is told of each row; it changes nothing written.
 */
async function compactDocuments(tx: Transaction, counted: () => void): Promise<void> {
  await tx
    .table<StoredDocument, string>('documents')
    .toCollection()
    .modify((row, ctx) => {
      counted()
      const stored = compacted(row)
      // Unchanged rows (large documents) are not written again.
      if (stored === row) return false
      ctx.value = stored
    })
}

/**
 * The stored summary row of a document, and its search words (stored apart). `readiness` gives
 * the validator's counts for exactly this document, when the caller has them.
 */
export function summaryOf(
  document: JsonObject,
  meta: Parameters<typeof summarize>[1],
  readiness?: Readiness,
): { row: DeclarationRow; words: string[] } {
  const { words, ...summary }: DeclarationSummary & { lrnKey?: string } = summarize(
    document,
    meta,
    readiness,
  )
  // `meta` may be a whole stored row (save passes one): its old key must not outlive a new LRN.
  delete summary.lrnKey
  // Only an LRN written as text is unique; a blank one (a fresh draft) or one of another type is not.
  const keyed = typeof document.lrn === 'string' && summary.lrn !== ''
  return { row: keyed ? { ...summary, lrnKey: summary.lrn } : summary, words }
}

/** The stored summary row of a document. */
export function toRow(
  document: JsonObject,
  meta: Parameters<typeof summarize>[1],
  readiness?: Readiness,
): DeclarationRow {
  return summaryOf(document, meta, readiness).row
}
