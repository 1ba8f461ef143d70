/** The HS 2022 finder: words, ranking, code prefixes, national codes, paths. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { HS_ENTRIES } from '../../src/shared/codes/hs2022'
import { hsIndex, hsPath, parseHsQuery } from '../../src/shared/codes/hs-search'
import { fold, searchWords } from '../../src/shared/codes/search-text'

const codes = (query: string, limit?: number) =>
  hsIndex()
    .search(query, limit)
    .map((h) => h.entry.code)

describe('searchWords', () => {
  it('folds case and accents, splits at punctuation, reduces English plurals', () => {
    expect(searchWords('Fruit, edible; APRICOTS, dried')).toEqual([
      'fruit',
      'edible',
      'apricot',
      'dried',
    ])
    expect(searchWords('cherries peaches boxes glass')).toEqual(['cherry', 'peach', 'box', 'glass'])
    expect(searchWords('Café crème')).toEqual(['cafe', 'creme'])
    expect(fold('Ёлка Қазақстан')).toBe('елка қазақстан')
  })
})

describe('the HS finder', () => {
  it('finds apricots, fresh and dried, before the heading that lists them among others', () => {
    const found = codes('apricots', 10)
    expect(found.slice(0, 2).sort()).toEqual(['080910', '081310'])
    expect(found).toContain('0809')
    expect(found.indexOf('080910')).toBeLessThan(found.indexOf('0809'))
  })

  it('narrows with more words and matches the word being typed as a prefix', () => {
    expect(codes('dried apricots')[0]).toBe('081310')
    expect(codes('apricots dri')[0]).toBe('081310')
    expect(codes('apri', 3)).toEqual(codes('apricot', 3))
  })

  it('ranks the query’s words side by side first', () => {
    const found = codes('cotton yarn', 5)
    expect(
      found.filter((code) => code.startsWith('5207') || code.startsWith('5205')).length,
    ).toBeGreaterThan(1)
  })

  it('ignores small words unless they are all there is', () => {
    expect(parseHsQuery('vehicles for the transport of goods')).toEqual({
      words: ['vehicle', 'transport', 'good'],
    })
    expect(codes('vehicles for the transport of goods')).toContain('8704')
  })

  it('searches by code prefix, with dots and spaces as people write codes', () => {
    const found = codes('0813')
    expect(found[0]).toBe('0813')
    expect(found.every((code) => code.startsWith('0813'))).toBe(true)
    expect(found).toHaveLength(6)
    expect(codes('0813.10')).toEqual(['081310'])
    expect(codes('08 13 10')).toEqual(['081310'])
    expect(codes('08', 200)[0]).toBe('08')
  })

  it('accepts a national 8- or 10-digit code whose first six digits are a subheading', () => {
    const [hit] = hsIndex().search('0813100000')
    expect(hit?.entry.code).toBe('081310')
    expect(hit?.nationalCode).toBe('0813100000')
    expect(hsIndex().search('08131000')[0]?.nationalCode).toBe('08131000')
    expect(codes('08139900')).toEqual([])
    expect(hsIndex().search('0813100')[0]?.nationalCode).toBeUndefined()
  })

  it('shows the chapter → heading path of a subheading', () => {
    const [hit] = hsIndex().search('081310')
    expect(hit?.path.map((e) => e.code)).toEqual(['08', '0813'])
    expect(hsPath('0813').map((e) => e.code)).toEqual(['08'])
    expect(hsPath('08')).toEqual([])
  })

  it('finds nothing for nothing, and for words no description has', () => {
    expect(codes('')).toEqual([])
    expect(codes('  ;; ')).toEqual([])
    expect(codes('zzzyxq')).toEqual([])
  })

  it('finds every entry by its code, first', () => {
    fc.assert(
      fc.property(fc.constantFrom(...HS_ENTRIES), (entry) => {
        expect(codes(entry.code, 1)).toEqual([entry.code])
      }),
    )
  })

  it('finds every entry by the words of its description, and only entries that have them', () => {
    fc.assert(
      fc.property(fc.constantFrom(...HS_ENTRIES), fc.integer({ min: 1, max: 3 }), (entry, take) => {
        const words = searchWords(entry.description)
          .filter((w) => w.length > 2)
          .slice(0, take)
        fc.pre(words.length > 0)
        const query = words.join(' ')
        const wanted = (parseHsQuery(query) as { words: string[] }).words
        const hits = hsIndex().search(query, 10_000)
        expect(hits.map((h) => h.entry.code)).toContain(entry.code)
        for (const hit of hits) {
          const have = searchWords(hit.entry.description)
          for (const word of wanted.slice(0, -1)) expect(have).toContain(word)
          expect(have.some((w) => w.startsWith(wanted.at(-1)!))).toBe(true)
        }
      }),
      { numRuns: 60 },
    )
  })

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (query) => {
        expect(Array.isArray(hsIndex().search(query))).toBe(true)
      }),
    )
  })
})
