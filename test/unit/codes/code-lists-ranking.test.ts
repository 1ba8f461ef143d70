/**
 * How the code pickers rank what matches: the code itself first of all, then codes starting with
 * what was typed, then names starting with it, then names holding it — and among equals, the
 * list's most common entries first.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CODE_LISTS,
  codeOptions,
  COMMON_DOCUMENT_CODES,
  COMMON_TRANSPORT_MODES,
  searchCodeOptions,
  type CodeListId,
  type CodeNaming,
} from '../../../src/shared/codes/code-lists'
import { fold } from '../../../src/shared/codes/search-text'
import ruCodes from '../../../src/shared/i18n/ru/codes.json'

const found = (list: CodeListId, query: string, naming?: CodeNaming) =>
  searchCodeOptions(codeOptions(list, naming), query).map((o) => o.code)

const russian = (list: 'documentCode' | 'transportMode'): CodeNaming => ({
  language: 'ru',
  names: ruCodes[list],
})

describe('code search ranking', () => {
  it('offers the commercial invoice before the proforma invoice for "invoice"', () => {
    const hits = found('documentCode', 'invoice')
    expect(hits[0]).toBe('N380')
    expect(hits).toContain('N325')
  })

  it('finds road transport first by "road", and Kazakhstan by its code or its name', () => {
    expect(found('transportMode', 'road')[0]).toBe('3')
    expect(found('country', 'KZ')[0]).toBe('KZ')
    expect(found('country', 'kaz')[0]).toBe('KZ')
  })

  it('finds the commercial invoice by its Russian names', () => {
    expect(ruCodes.documentCode.N380).toMatch(/счёт/i)
    expect(found('documentCode', 'счёт', russian('documentCode'))[0]).toBe('N380')
    expect(found('documentCode', 'счет', russian('documentCode'))[0]).toBe('N380')
    expect(found('documentCode', 'инвойс', russian('documentCode'))).toEqual(['N380'])
    // The English names stay searchable in a Russian window.
    expect(found('documentCode', 'invoice', russian('documentCode'))[0]).toBe('N380')
  })

  it('puts the exact code before names that start with the same letters', () => {
    // "in" starts India's and Indonesia's names, and is India's code.
    const hits = found('country', 'in')
    expect(hits[0]).toBe('IN')
    expect(hits).toContain('ID')
  })

  it('puts a name starting with the word before names holding it, then the common first', () => {
    // "Transport mode not applicable" starts with the word; the others hold it later.
    const hits = found('transportMode', 'transport')
    expect(hits[0]).toBe('9')
    expect(hits.slice(1, 1 + COMMON_TRANSPORT_MODES.length)).toEqual([...COMMON_TRANSPORT_MODES])
    // Every kind of bag starts with "Bag": the common one, BG, comes first.
    expect(found('packageKind', 'bag')[0]).toBe('BG')
  })

  it('offers the common documents and modes first when nothing is typed', () => {
    expect(found('documentCode', '').slice(0, COMMON_DOCUMENT_CODES.length)).toEqual([
      ...COMMON_DOCUMENT_CODES,
    ])
    expect(found('transportMode', '').slice(0, COMMON_TRANSPORT_MODES.length)).toEqual([
      ...COMMON_TRANSPORT_MODES,
    ])
    expect(new Set(found('transportMode', ''))).toEqual(
      new Set(['1', '2', '3', '4', '5', '6', '7', '8', '9']),
    )
  })

  it('orders every search by the rule, for any text typed', () => {
    // The rule written out plainly: a rank per option, ties kept in the list's order.
    const rank = (code: string, names: string[], typed: string) => {
      if (code.toLowerCase() === typed) return 0
      if (code.toLowerCase().startsWith(typed)) return 1
      const words = typed.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
      const ranks = names.map((name) => {
        const nameWords = fold(name)
          .split(/[^\p{L}\p{N}]+/u)
          .filter(Boolean)
        const all = words.length > 0 && words.every((w) => nameWords.some((n) => n.startsWith(w)))
        if (!all) return 9
        return nameWords[0]!.startsWith(words[0]!) ? 2 : 3
      })
      return Math.min(9, ...ranks)
    }
    fc.assert(
      fc.property(
        fc.constantFrom(...CODE_LISTS),
        fc.oneof(
          fc.string({ maxLength: 4 }),
          fc.constantFrom('b', 'ca', 'in', 'russ', 'рос', 'free', 'kilogram', 'n7', 'transport'),
        ),
        (list, query) => {
          const typed = fold(query).trim()
          fc.pre(typed !== '')
          const options = codeOptions(list)
          const expected = options
            .map((o, order) => ({
              code: o.code,
              order,
              rank: rank(o.code, [o.name, ...o.otherNames], typed),
            }))
            .filter((o) => o.rank < 9)
            .sort((a, b) => a.rank - b.rank || a.order - b.order)
            .slice(0, 50)
            .map((o) => o.code)
          expect(searchCodeOptions(options, query).map((o) => o.code)).toEqual(expected)
        },
      ),
      { numRuns: 100 },
    )
  })
})
