import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { getAt, type JsonObject, type JsonPath } from '../../../src/shared/json'
import { setOrRemove } from '../../../src/shared/model/document-ops'
import { suggestedVouchers, withFollowUps } from '../../../src/shared/model/follow-ups'
import { blankDocument } from '../../../src/renderer/db/declarations'
import { validateDeclaration } from '../../../src/shared/validation/validate'
import { SAMPLES_DIR } from '../samples'

/** Sets `path` as the editor does: the user's edit, then what follows from it. */
const set = (doc: JsonObject, path: JsonPath, value: unknown) =>
  withFollowUps(doc, setOrRemove(doc, path, value), path)

/** Types `text` into `path` one character at a time, as a user does. */
function type(doc: JsonObject, path: JsonPath, text: string): JsonObject {
  let next = doc
  for (let n = 1; n <= text.length; n++) next = set(next, path, text.slice(0, n))
  return next
}

const blank = () => blankDocument('KZ-1', '2026-02-04')
const tir = JSON.parse(
  readFileSync(resolve(SAMPLES_DIR, 'tir-almaty-karachi.json'), 'utf8'),
) as JsonObject

describe('an office country follows its reference', () => {
  it('fills the country from the first two letters as the reference is typed', () => {
    const doc = type(blank(), ['officeOfDeparture', 'reference'], 'KZ510100')
    expect(getAt(doc, ['officeOfDeparture', 'country'])).toBe('KZ')
    const transit = type(blank(), ['officesOfTransit', 0, 'reference'], 'UZ170300')
    expect(getAt(transit, ['officesOfTransit', 0, 'country'])).toBe('UZ')
  })

  it('follows a corrected reference, but never replaces a country the user chose', () => {
    let doc = type(blank(), ['officeOfDestination', 'reference'], 'PK0KHI01')
    doc = set(doc, ['officeOfDestination', 'reference'], 'AF0KHI01')
    expect(getAt(doc, ['officeOfDestination', 'country'])).toBe('AF')
    doc = set(doc, ['officeOfDestination', 'country'], 'PK')
    doc = set(doc, ['officeOfDestination', 'reference'], 'UZ0KHI01')
    expect(getAt(doc, ['officeOfDestination', 'country'])).toBe('PK')
  })

  it('leaves an EAEU national numeric code alone', () => {
    const doc = type(blank(), ['officeOfDeparture', 'reference'], '10005020')
    expect(getAt(doc, ['officeOfDeparture', 'country'])).toBeUndefined()
  })
})

describe('the countries of routing start at dispatch and end at destination', () => {
  it('starts as dispatch → destination while both are typed', () => {
    let doc = type(blank(), ['countryOfDispatch'], 'KZ')
    doc = type(doc, ['countryOfDestination'], 'PK')
    expect(doc.countriesOfRouting).toEqual(['KZ', 'PK'])
  })

  it('keeps the countries between when an end changes', () => {
    let doc = type(blank(), ['countryOfDispatch'], 'KZ')
    doc = type(doc, ['countryOfDestination'], 'PK')
    doc = setOrRemove(doc, ['countriesOfRouting'], ['KZ', 'UZ', 'AF', 'PK'])
    doc = set(doc, ['countryOfDestination'], 'AF')
    expect(doc.countriesOfRouting).toEqual(['KZ', 'UZ', 'AF'])
    doc = set(doc, ['countryOfDispatch'], 'KG')
    expect(doc.countriesOfRouting).toEqual(['KG', 'UZ', 'AF'])
  })

  it('counts one country once for a national transit', () => {
    let doc = type(blank(), ['countryOfDispatch'], 'PK')
    doc = type(doc, ['countryOfDestination'], 'PK')
    expect(doc.countriesOfRouting).toEqual(['PK'])
  })

  it('never touches a routing the user wrote that does not start with the old dispatch', () => {
    const doc = set({ ...tir, countryOfDispatch: 'KZ' }, ['countryOfDispatch'], 'KG')
    expect(doc.countriesOfRouting).toEqual(['KG', 'UZ', 'AF', 'PK'])
    const other = { ...tir, countriesOfRouting: ['UZ', 'AF', 'PK'] }
    expect(set(other, ['countryOfDispatch'], 'KG').countriesOfRouting).toEqual(['UZ', 'AF', 'PK'])
  })
})

describe('the TIR Carnet vouchers', () => {
  it('suggests the smallest carnet with a pair of vouchers per country of routing', () => {
    const routing = (countries: string[]) => ({ ...blank(), countriesOfRouting: countries })
    expect(suggestedVouchers(routing(['KZ', 'PK']))).toBe(4)
    expect(suggestedVouchers(routing(['KZ', 'UZ', 'PK']))).toBe(6)
    expect(suggestedVouchers(routing(['KZ', 'UZ', 'AF', 'PK']))).toBe(14)
    expect(suggestedVouchers(routing(Array.from({ length: 10 }, () => 'KZ')))).toBe(20)
    expect(suggestedVouchers(routing(Array.from({ length: 11 }, () => 'KZ')))).toBeUndefined()
    expect(suggestedVouchers({ ...routing(['KZ']), procedure: 'T1' })).toBeUndefined()
  })

  it('fills the suggestion as the route grows, and never over the number the user chose', () => {
    let doc = type(blank(), ['countryOfDispatch'], 'KZ')
    doc = type(doc, ['countryOfDestination'], 'PK')
    expect(getAt(doc, ['guarantee', 'vouchers'])).toBe(4)
    doc = set(doc, ['countriesOfRouting', 1], 'UZ')
    doc = set(doc, ['countriesOfRouting', 2], 'PK')
    expect(getAt(doc, ['guarantee', 'vouchers'])).toBe(6)
    doc = set(doc, ['guarantee', 'vouchers'], 20)
    doc = set(doc, ['countriesOfRouting', 3], 'AF')
    expect(getAt(doc, ['guarantee', 'vouchers'])).toBe(20)
  })

  it('agrees with the validator: a suggested carnet is never too small', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), (n) => {
        const countries = Array.from({ length: n }, (_, i) => (i % 2 ? 'UZ' : 'KZ'))
        const doc = { ...tir, countriesOfRouting: countries }
        const vouchers = suggestedVouchers(doc)
        const findings = validateDeclaration(
          { ...doc, guarantee: { ...(tir.guarantee as JsonObject), vouchers: vouchers! } },
          { today: '2026-02-04' },
        ).errors
        expect(findings.filter((f) => f.rule === 'tir.vouchers')).toEqual([])
      }),
    )
  })
})

describe('item values are in the invoice currency', () => {
  it('an amount typed without a currency takes the invoice currency', () => {
    const doc = set(
      set(blank(), ['invoice', 'currency'], 'USD'),
      ['consignments', 0, 'items', 0, 'value', 'amount'],
      10,
    )
    expect(getAt(doc, ['consignments', 0, 'items', 0, 'value'])).toEqual({
      amount: 10,
      currency: 'USD',
    })
  })

  it('changing the invoice currency changes the items that had the old one or none', () => {
    const eur = set(tir, ['invoice', 'currency'], 'EUR')
    const currencies = (d: JsonObject) =>
      [0, 1, 2].map((i) => getAt(d, ['consignments', 0, 'items', i, 'value', 'currency']))
    expect(currencies(eur)).toEqual(['EUR', 'EUR', 'EUR'])
    const own = setOrRemove(tir, ['consignments', 0, 'items', 1, 'value', 'currency'], 'KZT')
    expect(currencies(set(own, ['invoice', 'currency'], 'EUR'))).toEqual(['EUR', 'KZT', 'EUR'])
  })
})

describe('every follow-up', () => {
  it('changes nothing but what follows: an edit elsewhere leaves the document as edited', () => {
    const path = ['holder', 'name']
    const edited = setOrRemove(tir, path, 'Other')
    expect(withFollowUps(tir, edited, path)).toBe(edited)
  })
})

describe('addDays', () => {
  it('counts calendar days across months, leap days and years', async () => {
    const { addDays } = await import('../../../src/shared/dates')
    expect(addDays('2026-02-04', 16)).toBe('2026-02-20')
    expect(addDays('2028-02-20', 10)).toBe('2028-03-01')
    expect(addDays('2026-12-25', 8)).toBe('2027-01-02')
    expect(addDays('2026-03-29', 0)).toBe('2026-03-29')
    expect(addDays('2026-02-30', 1)).toBeUndefined()
    expect(addDays('2026-02-04', 1.5)).toBeUndefined()
  })
})
