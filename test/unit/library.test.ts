/**
 * The address book, goods catalogue and vehicles: the pure rules (what an entry keeps, its
 * key, merging, goods lines per package) and the repository on fake-indexeddb.
 */
import fc from 'fast-check'
import { IDBKeyRange, indexedDB } from 'fake-indexeddb'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LibraryRepository } from '../../src/renderer/db/library'
import { WorkspaceDatabase } from '../../src/renderer/db/schema'
import type { JsonObject } from '../../src/shared/json'
import { goodsLineFromItem, itemFromGoodsLine } from '../../src/shared/library/goods'
import {
  duplicateGroups,
  mergeParties,
  partyEntry,
  partyForBook,
  partyIdKey,
} from '../../src/shared/library/parties'
import { transportWithVehicle, vehicleFromTransport } from '../../src/shared/library/vehicles'
import { sampleText } from './samples'

const tir = () => JSON.parse(sampleText('tir-almaty-karachi.json')) as JsonObject
const holder = () => tir().holder as JsonObject

describe('address book entries', () => {
  it('keep the party elements, without blanks', () => {
    const party = { ...holder(), note: 'not a party element', contact: { name: ' ', phone: '' } }
    const kept = partyForBook(party)
    // The blank contact goes; every other element of the holder stays as it was.
    const { contact: _blank, ...rest } = holder()
    expect(kept).toEqual(rest)
    expect(kept).not.toHaveProperty('note')
    expect(partyForBook({ name: 'X', contact: { name: ' ', phone: '' } })).toEqual({ name: 'X' })
  })

  it('are keyed by identification, written without spaces or dashes', () => {
    expect(partyIdKey({ identification: { scheme: 'PK-CNIC', value: '35202-1234567-1' } })).toBe(
      'PK-CNIC:3520212345671',
    )
    expect(partyIdKey({ identification: { scheme: 'KZ-BIN', value: '' } })).toBeUndefined()
    expect(partyIdKey({ name: 'No id' })).toBeUndefined()
  })

  it('find groups that look like one party, never two identified differently', () => {
    const at = '2026-02-01T00:00:00Z'
    const a = partyEntry({ name: 'Karakum Trans LLC', address: { country: 'TM' } }, at, 'a')
    const b = partyEntry(
      {
        name: 'KARAKUM  trans, llc',
        address: { country: 'TM' },
        identification: { scheme: 'OTHER', value: '1' },
      },
      at,
      'b',
    )
    const c = partyEntry(
      {
        name: 'Karakum Trans LLC',
        address: { country: 'TM' },
        identification: { scheme: 'OTHER', value: '2' },
      },
      at,
      'c',
    )
    const d = partyEntry({ name: 'Karakum Trans LLC', address: { country: 'UZ' } }, at, 'd')
    expect(duplicateGroups([a, b, d]).map((g) => g.map((e) => e.id))).toEqual([['a', 'b']])
    expect(duplicateGroups([a, b, c])).toEqual([])
  })

  it('merge with the newest winning and nothing lost', () => {
    const old = partyEntry(
      {
        name: 'Old name',
        address: { street: 'S', city: 'C', postcode: '050000', country: 'KZ' },
        contact: { phone: '+7 1' },
      },
      '2026-01-01T00:00:00Z',
      'old',
    )
    const recent = partyEntry(
      { name: 'New name', address: { street: 'S2', city: 'C', country: 'KZ' } },
      '2026-02-01T00:00:00Z',
      'new',
    )
    expect(mergeParties([old, recent])).toEqual({
      name: 'New name',
      address: { street: 'S2', city: 'C', postcode: '050000', country: 'KZ' },
      contact: { phone: '+7 1' },
    })
  })
})

describe('goods lines', () => {
  it('turn an item into per-package figures and back', () => {
    const item = {
      description: 'Dried apricots',
      hsCode: '081310',
      countryOfOrigin: 'UZ',
      grossMass: 1050,
      netMass: 1000,
      packages: [{ kind: 'BG', count: 50 }],
      value: { amount: 2500, currency: 'USD' },
    }
    const line = goodsLineFromItem(item)
    expect(line).toEqual({
      description: 'Dried apricots',
      hsCode: '081310',
      countryOfOrigin: 'UZ',
      packageKind: 'BG',
      grossMassPerPackage: 21,
      netMassPerPackage: 20,
      valuePerPackage: 50,
      currency: 'USD',
    })
    expect(itemFromGoodsLine(line, 50)).toEqual(item)
    expect(itemFromGoodsLine(line, 0).packages).toEqual([{ kind: 'BG', count: 1 }])
  })

  it('scale by the package count for any line', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 1, max: 10_000 }),
        (count, grams) => {
          const line = { description: 'x', hsCode: '520512', grossMassPerPackage: grams / 1000 }
          const item = itemFromGoodsLine(line, count)
          expect(item.grossMass).toBeCloseTo((grams * count) / 1000, 3)
          expect(goodsLineFromItem(item).grossMassPerPackage).toBeCloseTo(grams / 1000, 3)
        },
      ),
    )
  })
})

describe('vehicle sets', () => {
  it('come from a declaration’s means at departure and go back into any transport', () => {
    const transport = tir().transport as JsonObject
    const vehicle = vehicleFromTransport(transport)
    expect(vehicle?.tractor.identity).toBeTruthy()
    const blank = transportWithVehicle({ borderMode: '3' }, vehicle!)
    expect(blank.borderMode).toBe('3')
    expect(blank.meansAtDeparture).toEqual(
      (transport.meansAtDeparture as JsonObject[]).filter((m) =>
        ['tractor', 'rigid', 'trailer', 'semi-trailer'].includes(String(m.kind)),
      ),
    )
    expect(blank.approvalCertificate).toBe(transport.approvalCertificate)
    expect(
      vehicleFromTransport({ meansAtDeparture: [{ kind: 'wagon', identity: '1' }] }),
    ).toBeNull()
  })
})

describe('LibraryRepository', () => {
  let db: WorkspaceDatabase
  let library: LibraryRepository
  let clock: number
  let counter = 0

  beforeEach(() => {
    clock = Date.parse('2026-02-04T08:00:00Z')
    db = new WorkspaceDatabase(`library-test-${++counter}-${Date.now()}`, {
      indexedDB,
      IDBKeyRange,
    })
    let ids = 0
    library = new LibraryRepository(
      db,
      () => new Date((clock += 60_000)),
      () => `id-${++ids}`,
    )
  })
  afterEach(() => db.delete())

  it('keeps one entry per identification: saving again updates it', async () => {
    const first = await library.saveParty(holder())
    expect(first.outcome).toBe('added')
    expect((await library.saveParty(holder())).outcome).toBe('unchanged')
    const moved = { ...holder(), address: { ...(holder().address as JsonObject), city: 'Астана' } }
    const second = await library.saveParty(moved)
    expect(second.outcome).toBe('updated')
    expect(second.entry.id).toBe(first.entry.id)
    expect(await db.parties.count()).toBe(1)
    expect((await library.searchParties('астана'))[0]?.party).toEqual(partyForBook(moved))
  })

  it('does not add the same unidentified party twice, but keeps different ones', async () => {
    const party = { name: 'Kabul Fresh Fruit Co.', address: { city: 'Kabul', country: 'AF' } }
    await library.saveParty(party)
    expect((await library.saveParty(party)).outcome).toBe('unchanged')
    await library.saveParty({ ...party, address: { city: 'Herat', country: 'AF' } })
    expect(await db.parties.count()).toBe(2)
  })

  it('refuses a party without a name, and an edit that takes another entry’s identification', async () => {
    await expect(library.saveParty({ address: { city: 'X' } })).rejects.toThrow(/needs a name/)
    const a = await library.saveParty(holder())
    const b = await library.saveParty({
      name: 'Other',
      identification: { scheme: 'OTHER', value: '9' },
    })
    await expect(
      library.updateParty(b.entry.id, { name: 'Other', identification: holder().identification! }),
    ).rejects.toThrow(/already has this identification: merge/)
    expect((await db.parties.get(a.entry.id))?.party).toEqual(partyForBook(holder()))
  })

  it('merges entries into the newest, deleting the others', async () => {
    const a = await library.saveParty({
      name: 'Kabul Fresh Fruit Co.',
      contact: { phone: '+93 1' },
    })
    const b = await library.saveParty({
      name: 'Kabul Fresh Fruit Co',
      address: { city: 'Kabul', country: 'AF' },
    })
    const merged = await library.mergeParties([a.entry.id, b.entry.id])
    expect(merged.id).toBe(b.entry.id)
    expect(merged.party).toEqual({
      name: 'Kabul Fresh Fruit Co',
      address: { city: 'Kabul', country: 'AF' },
      contact: { phone: '+93 1' },
    })
    expect(await db.parties.count()).toBe(1)
  })

  it('finds entries by word prefixes in any script, newest first', async () => {
    await library.saveParty(holder())
    await library.saveParty({ name: 'Жетысу Логистик', address: { city: 'Алматы', country: 'KZ' } })
    const found = await library.searchParties('жеты')
    expect(found.map((e) => e.party.name)).toEqual(['Жетысу Логистик', holder().name])
    expect(await library.searchParties('жеты лог')).toHaveLength(1)
    expect(await library.searchParties('nothing-like-this')).toEqual([])
    expect(await library.searchParties('')).toHaveLength(2)
  })

  it('saves goods lines and vehicles, updating the same line or registrations', async () => {
    const line = { description: 'Cotton yarn, combed', hsCode: '520512', packageKind: 'BL' }
    const first = await library.saveGoods(line)
    const again = await library.saveGoods({ ...line, grossMassPerPackage: 220 })
    expect(again.id).toBe(first.id)
    expect((await library.searchGoods('yarn comb'))[0]?.line.grossMassPerPackage).toBe(220)
    expect((await library.searchGoods('5205'))[0]?.id).toBe(first.id)
    const vehicle = vehicleFromTransport(tir().transport)!
    const v1 = await library.saveVehicle(vehicle)
    const v2 = await library.saveVehicle({ ...vehicle, approvalCertificate: 'NEW-1' })
    expect(v2.id).toBe(v1.id)
    expect(await db.vehicles.count()).toBe(1)
  })
})
