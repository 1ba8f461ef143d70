/** National tariffs in the database (fake-indexeddb): import, replace by name, remove, upgrade. */
import Dexie from 'dexie'
import { IDBKeyRange, indexedDB } from 'fake-indexeddb'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { NationalTariffRepository } from '../../../src/renderer/db/national-tariff'
import { SCHEMA_V8, WorkspaceDatabase } from '../../../src/renderer/db/schema'
import { readNationalTariff, type TariffRead } from '../../../src/shared/import/national-tariff'

let db: WorkspaceDatabase
let tariffs: NationalTariffRepository
let counter = 0

beforeEach(() => {
  db = new WorkspaceDatabase(`tariffs-test-${++counter}-${Date.now()}`, { indexedDB, IDBKeyRange })
  let ids = 0
  let minutes = 0
  tariffs = new NationalTariffRepository(
    db,
    () => new Date(Date.UTC(2026, 1, 4, 8, minutes++)),
    () => `t-${++ids}`,
  )
})
afterEach(() => db.delete())

const file = (lines: string[]): TariffRead => {
  const read = readNationalTariff(lines.join('\n'), '2026-02-04')
  if ('error' in read) throw new Error(read.error)
  return read
}

const EAEU = file([
  '5205;Пряжа хлопчатобумажная',
  '5205 12 000 0;- однониточная, 714,29 дтекс или более',
  '0813 10 000 0;- абрикосы',
])
const PCT = file(['0813.1000,Apricots', '5205.1200,Cotton yarn, single'])

describe('NationalTariffRepository', () => {
  it('stores a tariff and its lines, with the context the file gave', async () => {
    const { tariff, replaced } = await tariffs.importTariff('EAEU ТН ВЭД', 'tnved.csv', EAEU.lines)
    expect(replaced).toBeUndefined()
    expect(tariff).toEqual({
      id: 't-1',
      name: 'EAEU ТН ВЭД',
      fileName: 'tnved.csv',
      importedAt: '2026-02-04T08:00:00.000Z',
      lineCount: 2,
    })
    expect(await tariffs.tariffs()).toEqual([tariff])
    expect(await tariffs.lines()).toEqual([
      { tariff: 't-1', code: '0813100000', description: 'абрикосы' },
      {
        tariff: 't-1',
        code: '5205120000',
        description: 'однониточная, 714,29 дтекс или более',
        context: 'Пряжа хлопчатобумажная',
      },
    ])
  })

  it('keeps tariffs apart, and a new edition of one replaces it whole', async () => {
    await tariffs.importTariff('EAEU ТН ВЭД', 'tnved.csv', EAEU.lines)
    await tariffs.importTariff('Pakistan PCT', 'pct.csv', PCT.lines)
    const edition = file(['0813 10 000 0;- абрикосы сушеные'])
    const { tariff, replaced } = await tariffs.importTariff(
      ' EAEU ТН ВЭД ',
      'new.csv',
      edition.lines,
    )
    expect(replaced?.id).toBe('t-1')
    expect((await tariffs.tariffs()).map((t) => [t.name, t.lineCount])).toEqual([
      ['EAEU ТН ВЭД', 1],
      ['Pakistan PCT', 2],
    ])
    const lines = await tariffs.lines()
    expect(lines.filter((l) => l.tariff === tariff.id).map((l) => l.description)).toEqual([
      'абрикосы сушеные',
    ])
    expect(lines.filter((l) => l.tariff === 't-2')).toHaveLength(2)
    expect(lines.some((l) => l.tariff === 't-1')).toBe(false)
  })

  it('removes a tariff with all its lines', async () => {
    await tariffs.importTariff('EAEU ТН ВЭД', 'tnved.csv', EAEU.lines)
    await tariffs.importTariff('Pakistan PCT', 'pct.csv', PCT.lines)
    await tariffs.remove('t-1')
    expect((await tariffs.tariffs()).map((t) => t.name)).toEqual(['Pakistan PCT'])
    expect(new Set((await tariffs.lines()).map((l) => l.tariff))).toEqual(new Set(['t-2']))
  })

  it('writes nothing when the import fails part way', async () => {
    await tariffs.importTariff('EAEU ТН ВЭД', 'tnved.csv', EAEU.lines)
    // The same code twice cannot be stored: the second bulk write fails, and the edition it
    // was to replace stays as it was.
    const twice = [...PCT.lines, ...Array.from({ length: 6000 }, () => PCT.lines[0]!)]
    await expect(tariffs.importTariff('EAEU ТН ВЭД', 'pct.csv', twice)).rejects.toThrow()
    await expect(tariffs.importTariff('  ', 'x.csv', PCT.lines)).rejects.toThrow(/name/)
    expect(await tariffs.tariffs()).toMatchObject([{ id: 't-1', fileName: 'tnved.csv' }])
    expect((await tariffs.lines()).map((l) => l.code)).toEqual(['0813100000', '5205120000'])
  })
})

describe('schema version 9', () => {
  it('adds the tariff tables to a version 8 database and keeps what it held', async () => {
    const name = `tariffs-upgrade-${++counter}-${Date.now()}`
    const v8 = new Dexie(name, { indexedDB, IDBKeyRange })
    v8.version(8).stores(SCHEMA_V8)
    await v8.open()
    await v8.table('offices').add({ id: 'o-1', reference: 'KZ000000', words: [], updatedAt: '' })
    v8.close()
    const upgraded = new WorkspaceDatabase(name, { indexedDB, IDBKeyRange })
    await upgraded.open()
    expect(upgraded.verno).toBe(10)
    expect(await upgraded.offices.count()).toBe(1)
    expect(await upgraded.nationalTariffs.count()).toBe(0)
    await new NationalTariffRepository(upgraded).importTariff('Pakistan PCT', 'pct.csv', PCT.lines)
    expect(
      await upgraded.tariffLines
        .where('tariff')
        .anyOf((await upgraded.nationalTariffs.toArray()).map((t) => t.id))
        .count(),
    ).toBe(2)
    await upgraded.delete()
  })
})
