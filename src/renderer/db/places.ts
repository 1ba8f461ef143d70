/**
 * The user's customs offices and the imported UN/LOCODE places. Imports are all or nothing:
 * one transaction writes every row, so a failure (a full disk) leaves the lists as they were.
 */
import { searchWords } from '../../shared/codes/search-text'
import type { Locode } from '../../shared/library/locodes'
import {
  officeEntry,
  type Office,
  type OfficeEntry,
  type OfficeRole,
} from '../../shared/library/offices'
import type { WorkspaceDatabase } from './schema'

/** Rows per bulk write inside the import transaction (keeps each request small). */
const CHUNK = 5000

export class PlacesRepository {
  constructor(
    readonly db: WorkspaceDatabase,
    private readonly now: () => Date = () => new Date(),
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  /** Adds the offices, replacing those with the same reference; returns how many were new. */
  async importOffices(offices: readonly Office[]): Promise<{ added: number; replaced: number }> {
    return this.db.transaction('rw', this.db.offices, async () => {
      let added = 0
      let replaced = 0
      const at = this.now().toISOString()
      for (const office of offices) {
        const existing = await this.db.offices.where('reference').equals(office.reference).first()
        await this.db.offices.put(officeEntry(office, at, existing?.id ?? this.newId()))
        if (existing) replaced++
        else added++
      }
      return { added, replaced }
    })
  }

  /** Offices matching the words typed (name, reference, country), optionally of one role. */
  async searchOffices(query: string, role?: OfficeRole, limit = 100): Promise<OfficeEntry[]> {
    const words = searchWords(query)
    const [first, ...rest] = [...words].sort((a, b) => b.length - a.length)
    const candidates = first
      ? await this.db.offices.where('words').startsWith(first).distinct().toArray()
      : await this.db.offices.orderBy('updatedAt').reverse().toArray()
    return candidates
      .filter((o) => rest.every((w) => o.words.some((have) => have.startsWith(w))))
      .filter((o) => !role || o.roles.includes(role))
      .sort((a, b) => a.reference.localeCompare(b.reference))
      .slice(0, limit)
  }

  allOffices(): Promise<OfficeEntry[]> {
    return this.db.offices.orderBy('reference').toArray()
  }

  async deleteOffice(id: string): Promise<void> {
    await this.db.offices.delete(id)
  }

  /** Writes the places of a release (new codes added, known ones updated), all or nothing. */
  async importLocodes(
    places: readonly Locode[],
    onProgress?: (done: number) => void,
  ): Promise<void> {
    await this.db.transaction('rw', this.db.locodes, async () => {
      for (let i = 0; i < places.length; i += CHUNK) {
        await this.db.locodes.bulkPut(places.slice(i, i + CHUNK))
        onProgress?.(Math.min(places.length, i + CHUNK))
      }
    })
  }

  countLocodes(): Promise<number> {
    return this.db.locodes.count()
  }

  locode(code: string): Promise<Locode | undefined> {
    return this.db.locodes.get(code)
  }

  /**
   * Places by code prefix ("PKK") or by name words ("kara"), the code's own matches first;
   * optionally within one country.
   */
  async searchLocodes(query: string, country?: string, limit = 30): Promise<Locode[]> {
    const typed = query.trim().toUpperCase().replace(/\s/g, '')
    const byCode = /^[A-Z]{2}[A-Z2-9]{0,3}$/.test(typed)
      ? await this.db.locodes.where('code').startsWith(typed).limit(limit).toArray()
      : []
    const words = searchWords(query)
    const [first, ...rest] = [...words].sort((a, b) => b.length - a.length)
    const byName = first
      ? (await this.db.locodes.where('words').startsWith(first).distinct().limit(2000).toArray())
          .filter((p) => rest.every((w) => p.words.some((have) => have.startsWith(w))))
          .sort((a, b) => a.name.localeCompare(b.name))
      : []
    const seen = new Set<string>()
    return [...byCode, ...byName]
      .filter((p) => !country || p.country === country)
      .filter((p) => !seen.has(p.code) && seen.add(p.code))
      .slice(0, limit)
  }
}
