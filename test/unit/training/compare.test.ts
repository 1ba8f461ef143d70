/**
 * The comparison rules of case-format.md, "Scoring", one by one, on the fixture case (the TIR
 * sample Almaty → Karachi as model answer, every leaf of weight 1): a trainee's value that the
 * rule calls the same scores 100; one it does not is one finding at that box.
 */
import { describe, expect, it } from 'vitest'
import { near, sameValue, Shape } from '../../../src/shared/training/compare'
import { scoreAnswer } from '../../../src/shared/training/score'
import { answerWith, caseWith } from './builders'

const kase = caseWith()

/** The paths the trainee missed when the answer's `pointer` holds `given`. */
function missedWith(pointer: string, given: unknown): string[] {
  const result = scoreAnswer(kase, answerWith(kase, { [pointer]: given }))
  return result.findings.map((finding) => finding.path)
}

const same = (pointer: string, given: unknown) => expect(missedWith(pointer, given)).toEqual([])
const different = (pointer: string, given: unknown) =>
  expect(missedWith(pointer, given)).toEqual([pointer])

describe('codes', () => {
  it('are the same after trimming and upper case', () => {
    same('/countryOfDispatch', ' kz ')
    same('/guarantee/kind', 'tir_carnet')
    same('/consignments/0/items/0/packages/0/kind', 'bg')
    same('/consignments/0/items/2/supplementaryUnits/unit', 'nar')
  })

  it('differ by any other character', () => {
    different('/countryOfDispatch', 'KAZ')
    different('/consignments/0/items/0/packages/0/kind', 'B G')
    different('/invoice/incoterm/rule', 'FCA2020')
  })

  it('compare a number code by its digits (the border mode "3", the vouchers 14)', () => {
    same('/transport/borderMode', 3)
    same('/guarantee/vouchers', '14')
    different('/guarantee/vouchers', 20)
  })
})

describe('identifiers whose written form groups characters', () => {
  it('are the same without their spaces and dashes', () => {
    same('/consignments/0/items/0/hsCode', '5205 12')
    same('/consignments/0/items/0/hsCode', '5205-12')
    same('/placeOfLoading/locode', 'KZ ALA')
    same('/officeOfDeparture/reference', 'kz 510100')
    same('/guarantee/reference', 'XZ 8123 4567')
    same('/transport/meansAtDeparture/0/identity', '123 ABC 02')
    same('/holder/identification/value', '050140-001238')
  })

  it('still differ by any digit, and by other signs', () => {
    different('/consignments/0/items/0/hsCode', '5205 11')
    different('/consignments/0/items/0/hsCode', '5205.12')
    different('/guarantee/reference', 'XZ8123456')
  })

  it('keep their spaces and dashes where the issuer wrote them (references, invoice numbers)', () => {
    same('/documents/1/reference', 'cmr 0457781')
    different('/documents/1/reference', 'CMR0457781')
    different('/invoice/number', 'ZTE2026/017')
    different('/holder/tirHolderId', 'KAZ 015 000231')
  })

  it('are told by the element table, wherever the element sits', () => {
    const items = new Shape().child('consignments').child('items')
    expect(items.child('containers').comparison('MSKU1234565')).toBe('compact')
    expect(items.child('dangerousGoods').child('unNumber').comparison('1203')).toBe('compact')
    expect(items.child('documents').child('reference').comparison('X-1')).toBe('code')
    expect(new Shape().child('seals').comparison('KZ 1')).toBe('code')
    expect(new Shape().child('carrier').child('name').comparison('A')).toBe('text')
  })
})

describe('numbers', () => {
  // 12240 kg: 0.5 % is 61.2 kg.
  it('are the same within 0.5 % of the answer’s value, on either side', () => {
    same('/consignments/0/items/0/grossMass', 12301.2)
    same('/consignments/0/items/0/grossMass', 12178.8)
    different('/consignments/0/items/0/grossMass', 12301.3)
    different('/consignments/0/items/0/grossMass', 12178.7)
  })

  it('are the same within 0.01 where that is larger than 0.5 %', () => {
    expect(near(1, 1.01)).toBe(true)
    expect(near(1, 0.99)).toBe(true)
    expect(near(1, 1.0101)).toBe(false)
    expect(near(0, 0.01)).toBe(true)
    expect(near(0, -0.011)).toBe(false)
    expect(near(1000, 1005)).toBe(true)
    expect(near(1000, 1005.01)).toBe(false)
  })

  it('are numbers: a number written as text is not the number', () => {
    different('/consignments/0/items/0/grossMass', '12240')
    different('/invoice/total', Infinity)
  })
})

describe('free text', () => {
  it('is the same whatever the case and the spacing', () => {
    same(
      '/consignments/0/items/1/description',
      '  RAW cotton,  not carded\nor combed, pressed BALES ',
    )
    same('/holder/address/city', 'АЛМАТЫ')
    same('/officeOfDeparture/name', 'almaty inland customs post')
  })

  it('differs by a word or a sign', () => {
    different(
      '/consignments/0/items/1/description',
      'Raw cotton not carded or combed pressed bales',
    )
    different('/officeOfDeparture/name', 'Almaty customs post')
  })
})

describe('any value', () => {
  it('is never the same as an object, a list, null or nothing', () => {
    for (const given of [{}, ['KZ'], null, undefined]) {
      expect(sameValue('code', 'KZ', given)).toBe(false)
    }
    different('/countryOfDispatch', ['KZ'])
  })
})
