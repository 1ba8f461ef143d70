import { describe, expect, it } from 'vitest'
import { jumpTarget, pointerAndParents } from '../../src/renderer/features/validation/jump'
import { FindingsStore } from '../../src/renderer/features/validation/findings-store'

describe('jumpTarget: which part of the editor shows an element', () => {
  it.each([
    ['/lrn', 'general'],
    ['/guarantee/validUntil', 'general'],
    ['/countriesOfRouting/2', 'itinerary'],
    ['/officesOfTransit/1/reference', 'itinerary'],
    ['/holder/identification/value', 'parties'],
    ['/transport/meansAtDeparture/0/kind', 'transport'],
    ['/seals/3', 'transport'],
    ['/invoice/incoterm/rule', 'documents'],
    ['', 'general'],
    ['/somethingUnknown', 'general'],
  ])('%s is in the %s section', (pointer, section) => {
    expect(jumpTarget(pointer)).toEqual({ section })
  })

  it('opens the consignment, and the item details for elements the table does not show', () => {
    expect(jumpTarget('/consignments/1/items/4/hsCode')).toEqual({
      section: 'goods',
      goods: { consignment: 1, item: null },
    })
    expect(jumpTarget('/consignments/0/items/2/packages/0/count')).toEqual({
      section: 'goods',
      goods: { consignment: 0, item: null },
    })
    expect(jumpTarget('/consignments/0/items/2/containers/0')).toEqual({
      section: 'goods',
      goods: { consignment: 0, item: 2 },
    })
    expect(jumpTarget('/consignments/0/items/2/packages/1/marks')).toEqual({
      section: 'goods',
      goods: { consignment: 0, item: 2 },
    })
    expect(jumpTarget('/consignments/2/consignee/address/city')).toEqual({
      section: 'goods',
      goods: { consignment: 2, partiesOpen: true },
    })
  })

  it('lists the pointer and then each parent', () => {
    expect(pointerAndParents('/consignments/0/items/3')).toEqual([
      '/consignments/0/items/3',
      '/consignments/0/items',
      '/consignments/0',
      '/consignments',
    ])
  })
})

describe('FindingsStore', () => {
  const report = (values: string[]) => ({
    valid: values.length === 0,
    errors: values.map((value) => ({ rule: 'r', path: '/lrn', params: { value } })),
    warnings: [{ rule: 'w', path: '/invoice/incoterm/rule', params: { rule: 'CFR' } }],
  })
  it('indexes findings by pointer with their severity', () => {
    const store = new FindingsStore()
    store.set(report(['bad LRN']))
    expect(store.at('/lrn')).toEqual([
      { rule: 'r', path: '/lrn', params: { value: 'bad LRN' }, severity: 'error' },
    ])
    expect(store.at('/invoice/incoterm/rule')[0]?.severity).toBe('warning')
    expect(store.at('/holder')).toEqual([])
  })
  it('keeps the same array for unchanged findings, so their fields do not re-render', () => {
    const store = new FindingsStore()
    store.set(report(['bad LRN']))
    const before = store.at('/invoice/incoterm/rule')
    const lrnBefore = store.at('/lrn')
    store.set(report(['other value']))
    expect(store.at('/invoice/incoterm/rule')).toBe(before)
    expect(store.at('/lrn')).not.toBe(lrnBefore)
  })
})
