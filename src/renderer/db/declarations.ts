/**
 * Repository of declarations. Each write that touches the summary and the document runs in
 * one transaction, so the list never shows a row whose document is missing or stale.
 */
import { asNewDraft } from '../../shared/movement/movement-state'
import Dexie from 'dexie'
import { localDate } from '../../shared/dates'
import type { JsonObject } from '../../shared/json'
import { generateLrn, nextFreeLrn } from '../../shared/format/lrn'
import { DECLARATION_FORMAT, PROCEDURES } from '../../shared/format/constants'
import {
  listColumnsEqual,
  readinessColumns,
  searchWords,
  type DeclarationStatus,
  type Readiness,
} from '../../shared/model/declaration-record'
import { blankItem } from '../../shared/model/item-ops'
import { changesBack } from '../../shared/history/changes'
import { summaryOf, type DeclarationRow, type WorkspaceDatabase } from './schema'
import { idsWithTerms, setSearchWords } from './search-words'
import { documentOf, newRevision, storedDocument, type StoredDocument } from './stored-document'
import { WordedError } from '../../shared/worded-error'

/** Above this many matches a search reads in list order instead of loading every match. */
const BROAD_SEARCH = 1000

/** How long a summary row may lag behind its document while it is being edited. */
export const SUMMARY_LAG_MS = 10_000

export type SortKey = 'updated-desc' | 'updated-asc' | 'date-desc' | 'date-asc'

export interface ListQuery {
  trashed: boolean
  search?: string
  procedure?: string
  status?: DeclarationStatus | ''
  sort: SortKey
  limit: number
}

export interface ListPage {
  rows: DeclarationRow[]
  /** how many declarations match the query in all */
  total: number
}

export interface OpenedDocument {
  document: JsonObject
  /** the stored revision (absent for a document not written since revisions came in) */
  revision: string | undefined
}

/** A save refused because another window saved the declaration since this one opened it. */
export class DeclarationChangedError extends Error {
  override readonly name = 'DeclarationChangedError'
  constructor(readonly id: string) {
    super('This declaration was changed in another window.')
  }
}

export interface WorkspaceCounts {
  active: number
  trashed: number
  byProcedure: Record<string, number>
}

export class DeclarationRepository {
  constructor(
    readonly db: WorkspaceDatabase,
    private readonly now: () => Date = () => new Date(),
    private readonly newId: () => string = () => crypto.randomUUID(),
    /** above this many candidates a search counts instead of loading (tests lower it) */
    private readonly broadSearch: number = BROAD_SEARCH,
  ) {}

  /** Stores a new declaration and returns its id. Throws ConstraintError for a taken LRN. */
  async create(document: JsonObject): Promise<string> {
    const id = this.newId()
    const now = this.now()
    const at = now.toISOString()
    const meta = {
      id,
      status: 'draft',
      createdAt: at,
      updatedAt: at,
      trashed: 0,
      deletedAt: null,
    } as const
    const { row, words } = summaryOf(document, meta)
    const stored = storedDocument(id, document, at, row.itemCount)
    const tables = [this.db.declarations, this.db.documents, this.db.searchWords]
    await this.db.transaction('rw', tables, async () => {
      await this.db.declarations.add(row)
      await this.db.documents.add(stored)
      await setSearchWords(this.db.searchWords, [[id, words]])
    })
    return id
  }

  async getDocument(id: string): Promise<JsonObject | undefined> {
    const stored = await this.db.documents.get(id)
    return stored && documentOf(stored)
  }

  /** The document to edit, with the revision a save over it must find still stored. */
  async open(id: string): Promise<OpenedDocument | undefined> {
    const stored = await this.db.documents.get(id)
    return stored && { document: documentOf(stored), revision: stored.revision }
  }

  async getSummary(id: string): Promise<DeclarationRow | undefined> {
    return this.db.declarations.get(id)
  }

  /**
   * Saves an edited document and returns its new revision. Throws ConstraintError when its LRN
   * belongs to another declaration, and DeclarationChangedError when `expected` is given and
   * the stored document is no longer that revision (another window saved it meanwhile): then
   * nothing is written, so neither window's work is lost.
   *
   * The document is written every time. Its summary row is rewritten at once when a column the
   * list shows changes (LRN, procedure, holder, route, totals …), otherwise at most every
   * SUMMARY_LAG_MS and whenever `summary: 'now'` is asked for (the editor asks when it flushes:
   * blur, close). Every summary write makes the list and counts re-query, and rewrites the
   * declaration's search-word bucket (and so every window's next search reads all the buckets):
   * doing that on each keystroke's autosave of a 999-item declaration would cost more than the
   * save.
   */
  async save(
    id: string,
    document: JsonObject,
    options: {
      summary?: 'auto' | 'now'
      /**
       * The document as stored, when the caller has it: the history stores the changes back to
       * it. With `expected` it is known to be what is stored (same revision, same content);
       * without, it is read.
       */
      previous?: JsonObject
      /** the revision the caller opened or last saved (an editor); absent: save over anything */
      expected?: { revision: string | undefined }
      /**
       * 'keep' (the editor: its checks store the counts of what it saves) or 'unknown' (a
       * document from elsewhere, an import replacing this one: counted again by the readiness
       * check, never shown with the counts of the document it replaced)
       */
      readiness?: 'keep' | 'unknown'
    } = {},
  ): Promise<string> {
    const now = this.now()
    const savedAt = now.toISOString()
    const revision = newRevision()
    const db = this.db
    const tables = [db.declarations, db.documents, db.versions, db.searchWords]
    await db.transaction('rw', tables, async () => {
      const current = await db.declarations.get(id)
      if (!current) throw new WordedError('problem.declarationPurged')
      const stored = await db.documents.get(id)
      if (options.expected && stored?.revision !== options.expected.revision)
        throw new DeclarationChangedError(id)
      // The stored readiness counts carry over: the editor's checks replace them (setReadiness).
      const meta = { ...current, updatedAt: savedAt }
      if (options.readiness === 'unknown') {
        delete meta.errorCount
        delete meta.warningCount
        delete meta.rules
      }
      const { row, words } = summaryOf(document, meta)
      const lagging = Date.parse(savedAt) - Date.parse(current.updatedAt) >= SUMMARY_LAG_MS
      if (
        options.summary === 'now' ||
        options.readiness === 'unknown' ||
        lagging ||
        !listColumnsEqual(current, row)
      ) {
        await db.declarations.put(row)
        await setSearchWords(db.searchWords, [[id, words]])
      }
      // The version before this one, as the changes back to it: one transaction with the
      // document, so a crash keeps both or neither.
      const previous = (options.expected && options.previous) || readable(stored)
      const changes = previous ? changesBack(previous, document) : []
      if (changes.length > 0) await db.versions.add({ declarationId: id, at: savedAt, changes })
      await db.documents.put(storedDocument(id, document, savedAt, row.itemCount, revision))
    })
    return revision
  }

  /**
   * Brings the summary row up to the stored document, which the editor's autosaves may have
   * left behind (see save): on blur and close, when nothing is left unsaved, so nothing but the
   * row is written. Nothing happens when the stored document is no longer `revision`.
   */
  async catchUpSummary(id: string, document: JsonObject, revision: string | undefined) {
    const db = this.db
    await db.transaction('rw', [db.declarations, db.documents, db.searchWords], async () => {
      const [current, stored] = await Promise.all([db.declarations.get(id), db.documents.get(id)])
      if (!current || !stored || stored.revision !== revision) return
      const updatedAt = stored.savedAt ?? current.updatedAt
      const { row, words } = summaryOf(document, { ...current, updatedAt })
      // Up to date already: written by the last save itself (its words with it).
      if (current.updatedAt === updatedAt && listColumnsEqual(current, row)) return
      await db.declarations.put(row)
      await setSearchWords(db.searchWords, [[id, words]])
    })
  }

  /**
   * The validator's counts for the declaration as it now is (the editor's checks, or the
   * readiness check of stored declarations); written only when they change the row.
   */
  async setReadiness(id: string, readiness: Readiness): Promise<void> {
    const columns = readinessColumns(readiness)
    await this.db.transaction('rw', this.db.declarations, async () => {
      const row = await this.db.declarations.get(id)
      if (!row) return
      const same =
        row.errorCount === columns.errorCount &&
        row.warningCount === columns.warningCount &&
        row.rules === columns.rules
      if (!same) await this.db.declarations.update(id, columns)
    })
  }

  async findByLrn(lrn: string): Promise<DeclarationRow | undefined> {
    return this.db.declarations.where('lrnKey').equals(lrn).first()
  }

  /** Whether a declaration other than `id` (in the list or the trash) has this LRN. */
  async isLrnUsedByOther(lrn: string, id: string): Promise<boolean> {
    return (await this.db.declarations.where('lrnKey').equals(lrn).primaryKeys()).some(
      (key) => key !== id,
    )
  }

  async isLrnTaken(lrn: string): Promise<boolean> {
    return (await this.db.declarations.where('lrnKey').equals(lrn).count()) > 0
  }

  /** An LRN no other declaration has, derived from `base` (or generated when none). */
  async freeLrn(base?: string): Promise<string> {
    const start = base || generateLrn(this.now())
    // Candidates share the first characters of `start` (suffixes replace only its tail).
    const taken = new Set(
      (await this.db.declarations.where('lrnKey').startsWith(start.slice(0, 12)).keys()).map(
        String,
      ),
    )
    return nextFreeLrn(start, (lrn) => taken.has(lrn))
  }

  /**
   * A blank declaration with a fresh LRN and today's (local) date, ready to fill in; with
   * `fromLast`, it starts with the place of declaration and the holder of the declaration
   * edited last (a forwarder declares for the same holder, at the same post, most days).
   */
  async createBlank(fromLast = false): Promise<string> {
    const blank = blankDocument(await this.freeLrn(), localDate(this.now()))
    const last = fromLast ? await this.lastEdited() : undefined
    for (const key of ['placeOfDeclaration', 'holder'] as const)
      if (last?.[key] !== undefined) blank[key] = structuredClone(last[key])
    return this.create(blank)
  }

  /** The document of the declaration saved last (not in the trash), if it can be read. */
  private async lastEdited(): Promise<JsonObject | undefined> {
    const newest = await this.db.declarations
      .where('[trashed+updatedAt]')
      .between([0, Dexie.minKey], [0, Dexie.maxKey])
      .last()
    return newest && readable(await this.db.documents.get(newest.id))
  }

  /**
   * A copy to reuse as a template: same parties, route, transport and goods; a new LRN, today's
   * date, and none of what customs gave the original (its movement, MRN) or what belongs to one
   * trip (seals).
   */
  async duplicateAsTemplate(id: string): Promise<string> {
    const original = await this.getDocument(id)
    if (!original) throw new WordedError('problem.copyGone')
    const copy: JsonObject = asNewDraft(structuredClone(original))
    copy.seals = []
    copy.declarationDate = localDate(this.now())
    copy.lrn = await this.freeLrn(typeof original.lrn === 'string' ? original.lrn : undefined)
    return this.create(copy)
  }

  async moveToTrash(id: string): Promise<void> {
    await this.db.declarations.update(id, { trashed: 1, deletedAt: this.now().toISOString() })
  }

  async restoreFromTrash(id: string): Promise<void> {
    await this.db.declarations.update(id, { trashed: 0, deletedAt: null })
  }

  async purge(ids: string[]): Promise<void> {
    const db = this.db
    const tables = [db.declarations, db.documents, db.versions, db.searchWords]
    await db.transaction('rw', tables, async () => {
      await db.declarations.bulkDelete(ids)
      await db.documents.bulkDelete(ids)
      await db.versions.where('declarationId').anyOf(ids).delete()
      await setSearchWords(
        db.searchWords,
        ids.map((id) => [id, null]),
      )
    })
  }

  async emptyTrash(): Promise<number> {
    const ids = await this.db.declarations
      .where('[trashed+updatedAt]')
      .between([1, Dexie.minKey], [1, Dexie.maxKey])
      .primaryKeys()
    await this.purge(ids)
    return ids.length
  }

  /** One page of the list, newest first by default. */
  async list(query: ListQuery): Promise<ListPage> {
    const trashed = query.trashed ? 1 : 0
    const terms = searchWords(query.search ?? '')
    if (terms.length > 0) return this.searchPage(terms, trashed, query)
    if (query.status) {
      // Straight from the status's own index, in the list's order.
      const byDate = query.sort.startsWith('date')
      const index = byDate ? '[trashed+status+declarationDate]' : '[trashed+status+updatedAt]'
      const range = () =>
        this.db.declarations
          .where(index)
          .between([trashed, query.status, Dexie.minKey], [trashed, query.status, Dexie.maxKey])
      const ordered = query.sort.endsWith('desc') ? range().reverse() : range()
      const page = query.procedure
        ? ordered.filter((row) => row.procedure === query.procedure)
        : ordered
      const [rows, total] = await Promise.all([
        page.limit(query.limit).toArray(),
        query.procedure
          ? this.db.declarations
              .where('[trashed+procedure+status]')
              .equals([trashed, query.procedure, query.status])
              .count()
          : range().count(),
      ])
      return { rows, total }
    }
    const filtered = query.procedure
      ? this.inSortOrder(trashed, query.sort).filter((row) => row.procedure === query.procedure)
      : this.inSortOrder(trashed, query.sort)
    const [rows, total] = await Promise.all([
      filtered.limit(query.limit).toArray(),
      this.countMatching(trashed, query.procedure),
    ])
    return { rows, total }
  }

  /** The rows of one view (declarations or trash), in the order the list shows them. */
  private inSortOrder(trashed: 0 | 1, sort: SortKey) {
    const index = sort.startsWith('date') ? '[trashed+declarationDate]' : '[trashed+updatedAt]'
    const collection = this.db.declarations
      .where(index)
      .between([trashed, Dexie.minKey], [trashed, Dexie.maxKey])
    return sort.endsWith('desc') ? collection.reverse() : collection
  }

  /**
   * Search: the ids whose words start with every term (search-words.ts), then the view and the
   * filters. A narrow search loads its matches and sorts them; a broad one (more than
   * BROAD_SEARCH matches) reads the list in order until the page is full and counts the matches
   * against the view's ids (key-only index reads).
   */
  private async searchPage(terms: string[], trashed: 0 | 1, query: ListQuery): Promise<ListPage> {
    const ids = await idsWithTerms(this.db.searchWords, terms)
    const matches = (row: DeclarationRow) =>
      row.trashed === trashed &&
      (!query.procedure || row.procedure === query.procedure) &&
      (!query.status || row.status === query.status) &&
      ids.has(row.id)
    if (ids.size <= this.broadSearch) {
      const candidates = await this.db.declarations.bulkGet([...ids])
      const rows = candidates.filter((row): row is DeclarationRow => !!row && matches(row))
      rows.sort(comparator(query.sort))
      return { rows: rows.slice(0, query.limit), total: rows.length }
    }
    const [rows, inView] = await Promise.all([
      this.inSortOrder(trashed, query.sort).filter(matches).limit(query.limit).toArray(),
      this.idsInView(trashed, query.procedure, query.status),
    ])
    return { rows, total: [...inView].filter((id) => ids.has(id)).length }
  }

  /** Ids of one view with the given procedure and status (either may be blank for all). */
  private async idsInView(trashed: 0 | 1, procedure = '', status = ''): Promise<Set<string>> {
    const index = this.db.declarations.where('[trashed+procedure+status]')
    const lo = Dexie.minKey
    const hi = Dexie.maxKey
    if (procedure && status)
      return new Set(await index.equals([trashed, procedure, status]).primaryKeys())
    if (procedure)
      return new Set(
        await index.between([trashed, procedure, lo], [trashed, procedure, hi]).primaryKeys(),
      )
    const range = index.between([trashed, lo, lo], [trashed, hi, hi])
    if (!status) return new Set(await range.primaryKeys())
    // The view's distinct (procedure, status) pairs — a few dozen, read by skipping from one to
    // the next — then the ids under those with this status: no pass over every declaration.
    const pairs = (await range.uniqueKeys()) as unknown as [0 | 1, string, string][]
    const withStatus = pairs.filter((key) => key[2] === status)
    if (withStatus.length === 0) return new Set()
    return new Set(await index.anyOf(withStatus).primaryKeys())
  }

  /** Counts for the view switch and the procedure filter, each an index count (no scan). */
  async counts(): Promise<WorkspaceCounts> {
    const [active, trashed, ...perProcedure] = await Promise.all([
      this.countMatching(0),
      this.countMatching(1),
      ...PROCEDURES.map((procedure) => this.countMatching(0, procedure)),
    ])
    const byProcedure = Object.fromEntries(PROCEDURES.map((p, i) => [p, perProcedure[i] ?? 0]))
    return { active: active ?? 0, trashed: trashed ?? 0, byProcedure }
  }

  private async countMatching(trashed: 0 | 1, procedure = ''): Promise<number> {
    const index = this.db.declarations.where('[trashed+procedure+status]')
    const lo = Dexie.minKey
    const hi = Dexie.maxKey
    if (procedure) return index.between([trashed, procedure, lo], [trashed, procedure, hi]).count()
    return this.db.declarations
      .where('[trashed+updatedAt]')
      .between([trashed, lo], [trashed, hi])
      .count()
  }
}

/**
 * The stored document, or nothing when there is none or it cannot be read: a save then writes
 * the new document without a history entry, rather than never saving again.
 */
function readable(stored: StoredDocument | undefined): JsonObject | undefined {
  try {
    return stored && documentOf(stored)
  } catch {
    return undefined
  }
}

function comparator(sort: SortKey): (a: DeclarationRow, b: DeclarationRow) => number {
  const key = sort.startsWith('date') ? 'declarationDate' : 'updatedAt'
  const sign = sort.endsWith('desc') ? -1 : 1
  return (a, b) => (a[key] < b[key] ? -sign : a[key] > b[key] ? sign : 0)
}

/** The smallest document the editor starts from: the structure, no values yet. */
export function blankDocument(lrn: string, today: string): JsonObject {
  return {
    format: DECLARATION_FORMAT,
    lrn,
    procedure: 'TIR',
    declarationDate: today,
    countriesOfRouting: [],
    officesOfTransit: [],
    // The blank starts as TIR, and a TIR transport is by road (TIR Convention art. 1(g), 3(a)).
    transport: { borderMode: '3', meansAtDeparture: [{}], containerised: false },
    guarantee: { kind: 'TIR_CARNET' },
    seals: [],
    documents: [],
    consignments: [{ consignor: {}, consignee: {}, items: [{ ...blankItem(), sequence: 1 }] }],
  }
}
