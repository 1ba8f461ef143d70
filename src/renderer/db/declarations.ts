/**
 * Repository of declarations. Each write that touches the summary and the document runs in
 * one transaction, so the list never shows a row whose document is missing or stale.
 */
import Dexie from 'dexie'
import type { JsonObject } from '../../shared/json'
import { generateLrn, nextFreeLrn } from '../../shared/format/lrn'
import { DECLARATION_FORMAT } from '../../shared/format/constants'
import { searchWords, type DeclarationStatus } from '../../shared/model/declaration-record'
import { blankItem } from '../../shared/model/item-ops'
import { toRow, type DeclarationRow, type WorkspaceDatabase } from './schema'

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
  ) {}

  /** Stores a new declaration and returns its id. Throws ConstraintError for a taken LRN. */
  async create(document: JsonObject): Promise<string> {
    const id = this.newId()
    const at = this.now().toISOString()
    const row = toRow(document, {
      id,
      status: 'draft',
      createdAt: at,
      updatedAt: at,
      trashed: 0,
      deletedAt: null,
    })
    await this.db.transaction('rw', this.db.declarations, this.db.documents, async () => {
      await this.db.declarations.add(row)
      await this.db.documents.add({ id, document })
    })
    return id
  }

  async getDocument(id: string): Promise<JsonObject | undefined> {
    return (await this.db.documents.get(id))?.document
  }

  async getSummary(id: string): Promise<DeclarationRow | undefined> {
    return this.db.declarations.get(id)
  }

  /** Saves an edited document. Throws ConstraintError when its LRN belongs to another declaration. */
  async save(id: string, document: JsonObject): Promise<void> {
    await this.db.transaction('rw', this.db.declarations, this.db.documents, async () => {
      const current = await this.db.declarations.get(id)
      if (!current)
        throw new Error('This declaration no longer exists (it was purged from the trash).')
      await this.db.declarations.put(
        toRow(document, { ...current, updatedAt: this.now().toISOString() }),
      )
      await this.db.documents.put({ id, document })
    })
  }

  async findByLrn(lrn: string): Promise<DeclarationRow | undefined> {
    return this.db.declarations.where('lrnKey').equals(lrn).first()
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

  /** A blank declaration with a fresh LRN and today's date, ready to fill in. */
  async createBlank(): Promise<string> {
    const today = this.now().toISOString().slice(0, 10)
    return this.create(blankDocument(await this.freeLrn(), today))
  }

  /**
   * A copy to reuse as a template: same parties, route, transport and goods; a new LRN, today's
   * date, and none of what customs gave the original (MRN) or what belongs to one trip (seals).
   */
  async duplicateAsTemplate(id: string): Promise<string> {
    const original = await this.getDocument(id)
    if (!original) throw new Error('The declaration to copy no longer exists.')
    const copy: JsonObject = structuredClone(original)
    delete copy.mrn
    copy.seals = []
    copy.declarationDate = this.now().toISOString().slice(0, 10)
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
    await this.db.transaction('rw', this.db.declarations, this.db.documents, async () => {
      await this.db.declarations.bulkDelete(ids)
      await this.db.documents.bulkDelete(ids)
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
    const matches = (row: DeclarationRow) =>
      (!query.procedure || row.procedure === query.procedure) &&
      (!query.status || row.status === query.status)
    const terms = searchWords(query.search ?? '')
    if (terms.length > 0) {
      const rows = (await this.searchRows(terms)).filter(
        (row) => row.trashed === trashed && matches(row),
      )
      rows.sort(comparator(query.sort))
      return { rows: rows.slice(0, query.limit), total: rows.length }
    }
    const [field, direction] = query.sort.startsWith('date')
      ? (['[trashed+declarationDate]', query.sort] as const)
      : (['[trashed+updatedAt]', query.sort] as const)
    let collection = this.db.declarations
      .where(field)
      .between([trashed, Dexie.minKey], [trashed, Dexie.maxKey])
    if (direction.endsWith('desc')) collection = collection.reverse()
    const filtered = query.procedure || query.status ? collection.filter(matches) : collection
    const [rows, total] = await Promise.all([
      filtered.clone().limit(query.limit).toArray(),
      this.countMatching(trashed, query.procedure, query.status),
    ])
    return { rows, total }
  }

  async counts(): Promise<WorkspaceCounts> {
    const index = this.db.declarations.where('[trashed+procedure+status]')
    const procedures = (
      await index
        .between([0, Dexie.minKey, Dexie.minKey], [0, Dexie.maxKey, Dexie.maxKey])
        .uniqueKeys()
    ).map((key) => (key as unknown as [number, string, string])[1])
    const byProcedure: Record<string, number> = {}
    for (const procedure of new Set(procedures)) {
      byProcedure[procedure] = await this.countMatching(0, procedure, '')
    }
    const [active, trashed] = await Promise.all([this.countMatching(0), this.countMatching(1)])
    return { active, trashed, byProcedure }
  }

  private async countMatching(trashed: 0 | 1, procedure = '', status = ''): Promise<number> {
    const index = this.db.declarations.where('[trashed+procedure+status]')
    const lo = Dexie.minKey
    const hi = Dexie.maxKey
    if (procedure && status) return index.equals([trashed, procedure, status]).count()
    if (procedure) return index.between([trashed, procedure, lo], [trashed, procedure, hi]).count()
    if (status) {
      return this.db.declarations
        .where('[trashed+procedure+status]')
        .between([trashed, lo, lo], [trashed, hi, hi])
        .filter((row) => row.status === status)
        .count()
    }
    return this.db.declarations
      .where('[trashed+updatedAt]')
      .between([trashed, lo], [trashed, hi])
      .count()
  }

  /** Rows whose search words start with every term. */
  private async searchRows(terms: string[]): Promise<DeclarationRow[]> {
    let ids = null as Set<string> | null
    for (const term of terms) {
      const found = new Set<string>(
        await this.db.declarations.where('words').startsWith(term).primaryKeys(),
      )
      ids = ids === null ? found : new Set([...ids].filter((id: string) => found.has(id)))
      if (ids.size === 0) return []
    }
    return (await this.db.declarations.bulkGet([...(ids ?? [])])).filter(
      (row): row is DeclarationRow => !!row,
    )
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
    transport: { meansAtDeparture: [], containerised: false },
    guarantee: { kind: 'TIR_CARNET' },
    seals: [],
    documents: [],
    consignments: [{ consignor: {}, consignee: {}, items: [{ ...blankItem(), sequence: 1 }] }],
  }
}
