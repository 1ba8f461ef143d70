/** How findings name their element (in English, through the catalogue) and find its box. */
import { describe, expect, it } from 'vitest'
import { english } from '../../../src/main/core/translator'
import { boxForPointer, describePointer } from '../../../src/shared/validation/describe'

describe('describePointer', () => {
  it.each([
    ['', 'the declaration'],
    ['/placeOfDeclaration', 'the place of declaration'],
    ['/consignments/0/items/1/netMass', 'the net mass of goods item 2'],
    [
      '/consignments/0/items/0/packages/1/count',
      'the number of packages of package line 2 of goods item 1',
    ],
    ['/holder/address/city', 'the city of the holder'],
    ['/holder/identification/value', 'the identification number of the holder'],
    ['/consignments/1/consignee/name', 'the name of the consignee of consignment 2'],
    ['/officesOfTransit/2/country', 'the country of office of transit 3'],
    ['/invoice/total', 'the invoice total'],
    ['/guarantee/amount/currency', 'the guarantee currency'],
    ['/transport/meansAtDeparture/0/kind', 'the kind of vehicle of means of transport 1'],
    ['/countriesOfRouting/3', 'routing country 4'],
    ['/movement/events/1/at', 'the date and time of event 2'],
    [
      '/consignments/0/items/0/dangerousGoods/0/class',
      'the class of dangerous-goods line 1 of goods item 1',
    ],
    ['/a~1b', 'the "a/b" element'],
  ])('%s → %s', (pointer, phrase) => {
    expect(describePointer(pointer, english)).toBe(phrase)
  })

  it('numbers items across consignments with the running item number it is given', () => {
    expect(describePointer('/consignments/1/items/0/hsCode', english, 4)).toBe(
      'the commodity code of goods item 4',
    )
  })
})

describe('boxForPointer', () => {
  it.each([
    ['/consignments/0/items/2/containers/0', '31'],
    ['/consignments/0/items/1/netMass', '38'],
    ['/consignments/0/items/1/grossMass', '35'],
    ['/consignments/0/items/0/supplementaryUnits/unit', '41'],
    ['/consignments/0/items/0/packages/0/count', '31'],
    ['/consignments/0/items/0/value/currency', '42'],
    ['/consignments/0/items/0/dangerousGoods/0/unNumber', '44'],
    ['/consignments/0/consignee/identification/value', '8'],
    ['/holder/identification/value', '50'],
    ['/holder/tirHolderId', 'TIR 3'],
    ['/countriesOfRouting/2', 'TIR 22'],
    ['/guarantee/validUntil', 'TIR 1'],
    ['/guarantee/reference', '52'],
    ['/transport/approvalCertificate', 'TIR 6'],
    ['/invoice/incoterm/rule', '20'],
    ['/declarationDate', '54'],
    ['/lrn', '7'],
  ])('%s is in box %s', (pointer, box) => {
    expect(boxForPointer(pointer)).toBe(box)
  })

  it('has no box for elements that are not printed', () => {
    expect(boxForPointer('')).toBeUndefined()
    expect(boxForPointer('/placeOfUnloading/locode')).toBeUndefined()
    expect(boxForPointer('/constructor')).toBeUndefined()
  })
})
