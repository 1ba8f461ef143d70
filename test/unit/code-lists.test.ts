/** The code pickers' lists and their search: codes, English and Russian names. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CODE_LISTS,
  codeOptions,
  CORRIDOR_COUNTRIES,
  searchCodeOptions,
} from '../../src/shared/codes/code-lists'
import { COUNTRY_CODES } from '../../src/shared/codes/countries'
import { CURRENCY_CODES } from '../../src/shared/codes/currencies'
import { fold } from '../../src/shared/codes/search-text'

const found = (list: Parameters<typeof codeOptions>[0], query: string, limit?: number) =>
  searchCodeOptions(codeOptions(list), query, limit).map((o) => o.code)

describe('code lists', () => {
  it('offer every country and currency the validator accepts, with Russian names', () => {
    expect(new Set(codeOptions('country').map((o) => o.code))).toEqual(COUNTRY_CODES)
    expect(new Set(codeOptions('currency').map((o) => o.code))).toEqual(CURRENCY_CODES)
    const kz = codeOptions('country').find((o) => o.code === 'KZ')!
    expect(kz.name).toBe('Kazakhstan')
    expect(kz.otherNames).toEqual(['Казахстан'])
    const rub = codeOptions('currency').find((o) => o.code === 'RUB')!
    expect(rub.otherNames[0]).toMatch(/рубль/)
  })

  it('put the corridor first when nothing is typed', () => {
    expect(found('country', '', CORRIDOR_COUNTRIES.length)).toEqual([...CORRIDOR_COUNTRIES])
    expect(found('currency', '', 3)).toEqual(['USD', 'EUR', 'RUB'])
  })

  it('rank the exact code, then codes starting with it, then names', () => {
    expect(found('country', 'pk')[0]).toBe('PK')
    expect(found('currency', 'kz')[0]).toBe('KZT')
    expect(found('packageKind', 'pallet')).toContain('PX')
    expect(found('documentCode', 'n38')[0]).toBe('N380')
    expect(found('unit', 'kilogram')[0]).toBe('KGM')
    expect(found('transportMode', 'road')).toEqual(['3'])
  })

  it('find by any word of a name, in English or Russian, folding case and ё', () => {
    expect(found('country', 'Пакистан')).toEqual(['PK'])
    expect(found('country', 'узб')).toEqual(['UZ'])
    expect(found('currency', 'тенге')).toEqual(['KZT'])
    expect(found('currency', 'russian rub')).toEqual(['RUB'])
    expect(found('incoterm', 'insurance')).toEqual(['CIP', 'CIF'])
  })

  it('find every option by its own code first, in every list', () => {
    for (const list of CODE_LISTS) {
      fc.assert(
        fc.property(fc.constantFrom(...codeOptions(list)), (option) => {
          expect(found(list, option.code.toLowerCase(), 1)).toEqual([option.code])
        }),
        { numRuns: 40 },
      )
    }
  })

  it('return only options whose code or names hold what was typed, for any text', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CODE_LISTS),
        fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('ka', 'Рос', 'dol', 'free ', 'ne w')),
        (list, query) => {
          const hits = searchCodeOptions(codeOptions(list), query)
          expect(hits.length).toBeLessThanOrEqual(50)
          expect(new Set(hits.map((h) => h.code)).size).toBe(hits.length)
          const typed = fold(query).trim()
          if (typed === '') return
          const words = typed.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
          for (const hit of hits) {
            const byCode = hit.code.toLowerCase().startsWith(typed)
            const byName = [hit.name, ...hit.otherNames].some((name) => {
              const nameWords = fold(name).split(/[^\p{L}\p{N}]+/u)
              return words.every((w) => nameWords.some((n) => n.startsWith(w)))
            })
            expect(byCode || byName, `${hit.code} for ${JSON.stringify(query)}`).toBe(true)
          }
        },
      ),
    )
  })
})
