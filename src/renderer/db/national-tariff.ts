/**
 * The national tariffs a forwarder imported, and their lines. An import is all or nothing: one
 * transaction writes the tariff and every line, replacing a tariff of the same name (a new
 * edition), so a failure (a full disk) leaves the tariffs as they were.
 */
import type { NationalLine } from '../../shared/codes/hs-search'
import type { TariffLineRead } from '../../shared/import/national-tariff'
import type { NationalTariffRow, WorkspaceDatabase } from './schema'

/** Lines per bulk write inside the import transaction (keeps each request small). */
const CHUNK = 5000

export class NationalTariffRepository {
  constructor(
    readonly db: WorkspaceDatabase,
    private readonly now: () => Date = () => new Date(),
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  /** The imported tariffs, by name. */
  tariffs(): Promise<NationalTariffRow[]> {
    return this.db.nationalTariffs.orderBy('name').toArray()
  }

  /** Every line of every imported tariff. */
  lines(): Promise<NationalLine[]> {
    return this.db.tariffLines.toArray()
  }

  /**
   * Stores a tariff and its lines under `name`, in place of a tariff of that name; returns the
   * stored tariff and the one it replaced.
   */
  async importTariff(
    name: string,
    fileName: string,
    lines: readonly TariffLineRead[],
    onProgress?: (done: number) => void,
  ): Promise<{ tariff: NationalTariffRow; replaced?: NationalTariffRow }> {
    const tariff: NationalTariffRow = {
      id: this.newId(),
      name: name.trim(),
      fileName,
      importedAt: this.now().toISOString(),
      lineCount: lines.length,
    }
    if (tariff.name === '') throw new Error('A national tariff needs a name.')
    const { nationalTariffs, tariffLines } = this.db
    return this.db.transaction('rw', nationalTariffs, tariffLines, async () => {
      const replaced = await nationalTariffs.where('name').equals(tariff.name).first()
      if (replaced) await this.removeWithin(replaced.id)
      await nationalTariffs.add(tariff)
      for (let i = 0; i < lines.length; i += CHUNK) {
        await tariffLines.bulkAdd(
          lines.slice(i, i + CHUNK).map(({ code, description, context }) => ({
            tariff: tariff.id,
            code,
            description,
            ...(context ? { context } : {}),
          })),
        )
        onProgress?.(Math.min(lines.length, i + CHUNK))
      }
      return { tariff, ...(replaced ? { replaced } : {}) }
    })
  }

  /** Removes a tariff and its lines. */
  async remove(id: string): Promise<void> {
    const { nationalTariffs, tariffLines } = this.db
    await this.db.transaction('rw', nationalTariffs, tariffLines, () => this.removeWithin(id))
  }

  private async removeWithin(id: string): Promise<void> {
    await this.db.tariffLines.where('tariff').equals(id).delete()
    await this.db.nationalTariffs.delete(id)
  }
}
