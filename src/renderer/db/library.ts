/**
 * The reference data kept beside the declarations: address book, goods catalogue, vehicles.
 * Searched by word prefixes over a multi-entry index, newest first; saving an entry whose key
 * (identification, registrations) another entry has updates that entry instead of adding one.
 */
import type { EntityTable } from 'dexie'
import { searchWords } from '../../shared/codes/search-text'
import type { JsonObject } from '../../shared/json'
import { goodsEntry, type GoodsEntry, type GoodsLine } from '../../shared/library/goods'
import {
  mergeParties,
  partyEntry,
  partyIdKey,
  partyForBook,
  type PartyEntry,
} from '../../shared/library/parties'
import { vehicleEntry, type VehicleEntry, type VehicleSet } from '../../shared/library/vehicles'
import type { WorkspaceDatabase } from './schema'
import { WordedError } from '../../shared/worded-error'

/** How many entries a picker shows. */
export const PICKER_LIMIT = 50

interface Searchable {
  id: string
  words: string[]
  updatedAt: string
}

/**
 * Entries whose words start with every word of `query`, newest first. The rarest-looking word
 * (the longest) narrows through the index; the others filter in memory.
 */
async function searchTable<T extends Searchable>(
  table: EntityTable<T, 'id'>,
  query: string,
  limit: number,
): Promise<T[]> {
  const words = searchWords(query)
  if (words.length === 0) return table.orderBy('updatedAt').reverse().limit(limit).toArray()
  const [first, ...rest] = [...words].sort((a, b) => b.length - a.length)
  const candidates = await table.where('words').startsWith(first!).distinct().toArray()
  return candidates
    .filter((entry) => rest.every((w) => entry.words.some((have) => have.startsWith(w))))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, limit)
}

export type SavedParty = { entry: PartyEntry; outcome: 'added' | 'updated' | 'unchanged' }

export class LibraryRepository {
  constructor(
    readonly db: WorkspaceDatabase,
    private readonly now: () => Date = () => new Date(),
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  // ── address book ──────────────────────────────────────────────────────────────────────

  /**
   * Saves a party from a declaration: an entry with the same identification is updated, an
   * entry equal in every element is left as it is; otherwise a new entry.
   */
  async saveParty(party: JsonObject): Promise<SavedParty> {
    const kept = partyForBook(party)
    if (typeof kept.name !== 'string') throw new WordedError('problem.partyNeedsName')
    return this.db.transaction('rw', this.db.parties, async () => {
      const idKey = partyIdKey(kept)
      const existing = idKey
        ? await this.db.parties.where('idKey').equals(idKey).first()
        : await this.findEqualParty(kept)
      if (existing && JSON.stringify(existing.party) === JSON.stringify(kept))
        return { entry: existing, outcome: 'unchanged' as const }
      const entry = partyEntry(kept, this.now().toISOString(), this.newId(), existing)
      await this.db.parties.put(entry)
      return { entry, outcome: existing ? ('updated' as const) : ('added' as const) }
    })
  }

  /**
   * Replaces an entry's party (the address book's edit). Refused with a message when another
   * entry has the identification it now carries: merge them instead.
   */
  async updateParty(id: string, party: JsonObject): Promise<PartyEntry> {
    return this.db.transaction('rw', this.db.parties, async () => {
      const existing = await this.db.parties.get(id)
      if (!existing) throw new WordedError('problem.entryGone')
      const entry = partyEntry(party, this.now().toISOString(), id, existing)
      const other = entry.idKey
        ? await this.db.parties.where('idKey').equals(entry.idKey).first()
        : undefined
      if (other && other.id !== id) {
        throw new WordedError('problem.identificationTaken', {
          name: String(other.party.name ?? ''),
        })
      }
      await this.db.parties.put(entry)
      return entry
    })
  }

  /** Merges entries into the newest one (see mergeParties); the others are deleted. */
  async mergeParties(ids: string[]): Promise<PartyEntry> {
    return this.db.transaction('rw', this.db.parties, async () => {
      const entries = (await this.db.parties.bulkGet(ids)).filter(
        (e): e is PartyEntry => e !== undefined,
      )
      if (entries.length < 2) throw new WordedError('problem.mergeTooFew')
      const keys = new Set(entries.map((e) => e.idKey).filter(Boolean))
      if (keys.size > 1) throw new WordedError('problem.mergeDifferent')
      const newest = entries.reduce((a, b) => (a.updatedAt >= b.updatedAt ? a : b))
      const merged = partyEntry(mergeParties(entries), this.now().toISOString(), newest.id, newest)
      await this.db.parties.bulkDelete(entries.map((e) => e.id))
      await this.db.parties.put(merged)
      return merged
    })
  }

  searchParties(query: string, limit = PICKER_LIMIT): Promise<PartyEntry[]> {
    return searchTable<PartyEntry>(this.db.parties, query, limit)
  }

  allParties(): Promise<PartyEntry[]> {
    return this.db.parties.orderBy('updatedAt').reverse().toArray()
  }

  async deleteParty(id: string): Promise<void> {
    await this.db.parties.delete(id)
  }

  private async findEqualParty(party: JsonObject): Promise<PartyEntry | undefined> {
    const name = typeof party.name === 'string' ? party.name : ''
    const [word] = searchWords(name).sort((a, b) => b.length - a.length)
    if (!word) return undefined
    const same = JSON.stringify(party)
    return (await this.db.parties.where('words').equals(word).toArray()).find(
      (e) => !e.idKey && JSON.stringify(e.party) === same,
    )
  }

  // ── goods catalogue ───────────────────────────────────────────────────────────────────

  /** Saves a goods line; the same description and HS code update the existing line. */
  async saveGoods(line: GoodsLine): Promise<GoodsEntry> {
    if (line.description === '') throw new WordedError('problem.goodsNeedsDescription')
    return this.db.transaction('rw', this.db.goods, async () => {
      const [word] = searchWords(line.description).sort((a, b) => b.length - a.length)
      const same = word
        ? (await this.db.goods.where('words').equals(word).toArray()).find(
            (e) => e.line.description === line.description && e.line.hsCode === line.hsCode,
          )
        : undefined
      const entry = goodsEntry(line, this.now().toISOString(), this.newId(), same)
      await this.db.goods.put(entry)
      return entry
    })
  }

  searchGoods(query: string, limit = PICKER_LIMIT): Promise<GoodsEntry[]> {
    return searchTable<GoodsEntry>(this.db.goods, query, limit)
  }

  async deleteGoods(id: string): Promise<void> {
    await this.db.goods.delete(id)
  }

  // ── spreadsheet mappings ──────────────────────────────────────────────────────────────

  async sheetMapping(sender: string): Promise<Record<string, string> | undefined> {
    return (await this.db.sheetMappings.get(sender))?.columns
  }

  async rememberSheetMapping(sender: string, columns: Record<string, string>): Promise<void> {
    await this.db.sheetMappings.put({ sender, columns, updatedAt: this.now().toISOString() })
  }

  // ── vehicles ──────────────────────────────────────────────────────────────────────────

  /** Saves a vehicle set; the same registrations update the existing set. */
  async saveVehicle(vehicle: VehicleSet): Promise<VehicleEntry> {
    return this.db.transaction('rw', this.db.vehicles, async () => {
      const draft = vehicleEntry(vehicle, this.now().toISOString(), this.newId())
      const existing = await this.db.vehicles.where('plateKey').equals(draft.plateKey).first()
      const entry = existing ? vehicleEntry(vehicle, draft.updatedAt, existing.id, existing) : draft
      await this.db.vehicles.put(entry)
      return entry
    })
  }

  searchVehicles(query: string, limit = PICKER_LIMIT): Promise<VehicleEntry[]> {
    return searchTable<VehicleEntry>(this.db.vehicles, query, limit)
  }

  async deleteVehicle(id: string): Promise<void> {
    await this.db.vehicles.delete(id)
  }
}
