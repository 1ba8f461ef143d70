import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { getAt, type JsonObject } from '../../../src/shared/json'
import {
  fillDown,
  itemDefault,
  itemDefaultShown,
  itemValuesTotal,
  setItemDefault,
} from '../../../src/shared/model/item-defaults'
import { addItem } from '../../../src/shared/model/item-ops'
import { copyParty } from '../../../src/shared/model/party-ops'
import { SAMPLES_DIR } from '../samples'

const tir = JSON.parse(
  readFileSync(resolve(SAMPLES_DIR, 'tir-almaty-karachi.json'), 'utf8'),
) as JsonObject
const item = (doc: JsonObject, i: number, ...path: (string | number)[]) =>
  getAt(doc, ['consignments', 0, 'items', i, ...path])

describe('item defaults', () => {
  it('are what every item that has a value shares', () => {
    expect(itemDefault(tir, 'countryOfOrigin')).toBe('KZ')
    expect(itemDefault(tir, 'packageKind')).toBeUndefined()
    expect(itemDefaultShown(tir, 'packageKind')).toBeNull()
    expect(itemDefaultShown(tir, 'countryOfOrigin')).toBe('KZ')
    expect(itemDefaultShown(tir, 'marks')).toBeNull()
    const unmarked = JSON.parse(JSON.stringify(tir)) as JsonObject
    for (const item of (unmarked.consignments as JsonObject[])[0]!.items as JsonObject[])
      delete ((item.packages as JsonObject[])[0] as JsonObject).marks
    expect(itemDefaultShown(unmarked, 'marks')).toBe('')
  })

  it('setting one changes the items that had the old one or none, and no other', () => {
    const mixed = setItemDefault({ ...tir }, 'countryOfOrigin', 'UZ')
    expect([0, 1, 2].map((i) => item(mixed, i, 'countryOfOrigin'))).toEqual(['UZ', 'UZ', 'UZ'])
    const bags = setItemDefault(tir, 'packageKind', 'BG')
    // The kinds differ (BG, BL, CT): no item had "the" default, so none changes.
    expect([0, 1, 2].map((i) => item(bags, i, 'packages', 0, 'kind'))).toEqual(['BG', 'BL', 'CT'])
    const cleared = setItemDefault(tir, 'countryOfOrigin', undefined)
    expect(item(cleared, 0, 'countryOfOrigin')).toBeUndefined()
  })

  it('new items start with them', () => {
    const added = addItem(tir, 0)
    expect(item(added, 3, 'countryOfOrigin')).toBe('KZ')
    expect(item(added, 3, 'packages', 0, 'kind')).toBeUndefined()
    expect(item(added, 3, 'sequence')).toBe(4)
  })
})

describe('fill down', () => {
  it('copies one column from a row to every row below, in one edit', () => {
    const doc = fillDown(tir, 0, 0, 'packageKind')
    expect([0, 1, 2].map((i) => item(doc, i, 'packages', 0, 'kind'))).toEqual(['BG', 'BG', 'BG'])
    expect([0, 1, 2].map((i) => item(doc, i, 'packages', 0, 'marks'))).toEqual(
      [0, 1, 2].map((i) => item(tir, i, 'packages', 0, 'marks')),
    )
    const fromSecond = fillDown(tir, 0, 1, 'grossMass')
    expect([0, 1, 2].map((i) => item(fromSecond, i, 'grossMass'))).toEqual([12240, 6150, 6150])
  })

  it('copies a value with its currency, and clears a column from an empty row', () => {
    const doc = fillDown(tir, 0, 0, 'value')
    expect(item(doc, 2, 'value')).toEqual({ amount: 42000, currency: 'USD' })
    const noNet = fillDown(
      {
        ...tir,
        consignments: [
          {
            ...(tir.consignments as JsonObject[])[0]!,
            items: [
              { sequence: 1 },
              ...((tir.consignments as JsonObject[])[0]!.items as JsonObject[]).slice(1),
            ],
          },
        ],
      },
      0,
      0,
      'netMass',
    )
    expect(item(noNet, 1, 'netMass')).toBeUndefined()
  })

  it('only into empty cells when asked, and returns the same document when nothing changes', () => {
    expect(fillDown(tir, 0, 0, 'countryOfOrigin')).toBe(tir)
    expect(fillDown(tir, 0, 2, 'grossMass')).toBe(tir)
    expect(fillDown(tir, 0, 0, 'grossMass', true)).toBe(tir)
  })

  it('never touches rows above or other consignments (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom('grossMass', 'hsCode', 'packageCount' as const),
        (from, column) => {
          const doc = fillDown(tir, 0, from, column)
          for (let i = 0; i <= from; i++) expect(item(doc, i)).toEqual(item(tir, i))
          for (let i = from + 1; i < 3; i++)
            expect(item(doc, i, 'description')).toBe(item(tir, i, 'description'))
        },
      ),
    )
  })
})

describe('the invoice total offered', () => {
  it('is the sum of the item values in the invoice currency, to the cent', () => {
    expect(itemValuesTotal(tir)).toBe(61250)
    const other = JSON.parse(JSON.stringify(tir)) as JsonObject
    ;((other.consignments as JsonObject[])[0]!.items as JsonObject[])[1]!.value = {
      amount: 0.1,
      currency: 'USD',
    }
    expect(itemValuesTotal(other)).toBe(50000.1)
  })

  it('is none while an item has no value or another currency', () => {
    const other = JSON.parse(JSON.stringify(tir)) as JsonObject
    const items = (other.consignments as JsonObject[])[0]!.items as JsonObject[]
    items[1]!.value = { amount: 5, currency: 'EUR' }
    expect(itemValuesTotal(other)).toBeUndefined()
    delete items[1]!.value
    expect(itemValuesTotal(other)).toBeUndefined()
  })
})

describe('copying the holder', () => {
  it('makes the consignor the holder, with the TIR holder id; the carrier without it', () => {
    const consignor = copyParty(tir, ['holder'], ['consignments', 0, 'consignor'])
    expect(getAt(consignor, ['consignments', 0, 'consignor'])).toEqual(tir.holder)
    const carrier = copyParty(tir, ['holder'], ['carrier'])
    expect(getAt(carrier, ['carrier', 'name'])).toBe(getAt(tir, ['holder', 'name']))
    expect(getAt(carrier, ['carrier', 'tirHolderId'])).toBeUndefined()
    expect(getAt(carrier, ['holder', 'tirHolderId'])).toBe('KAZ/015/000231')
  })
})
