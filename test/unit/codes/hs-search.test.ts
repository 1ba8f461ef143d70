/** The HS 2022 finder: words, ranking, code prefixes, national codes and lines, paths. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { HS_ENTRIES } from '../../../src/shared/codes/hs2022'
import {
  HsIndex,
  hsIndex,
  hsIndexWith,
  hsPath,
  parseHsQuery,
  type HsHit,
  type NationalLine,
} from '../../../src/shared/codes/hs-search'
import { synonymsFor } from '../../../src/shared/codes/hs-synonyms-query'
import { fold, searchStems, searchWords } from '../../../src/shared/codes/search-text'

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
          for (const [n, word] of wanted.entries())
            expect(holds(hit, wanted, n), `${hit.entry.code} for “${word}”`).toBe(true)
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

/**
 * Whether a hit has the query's word `n`: in its description (the last word may be a
 * beginning), or through a name people use that stands for it (its codes, or its meaning).
 */
function holds(hit: HsHit, words: string[], n: number): boolean {
  const have = searchStems(hit.entry.description)
  const word = words[n]!
  if (have.includes(word) || (n === words.length - 1 && have.some((w) => w.startsWith(word))))
    return true
  return synonymsFor(words, words.at(-1)).some(
    (use) =>
      use.covers.includes(n) &&
      (use.codes.some((code) => hit.entry.code.startsWith(code)) ||
        (use.means.length > 0 && use.means.every((m) => have.includes(m)))),
  )
}

const line = (code: string, description: string, context?: string): NationalLine => ({
  tariff: 'eaeu',
  code,
  description,
  ...(context ? { context } : {}),
})

const LINES: NationalLine[] = [
  line('0813100000', 'абрикосы'),
  line('0813100001', 'прочие'),
  line('0813100009', 'абрикосы без косточки'),
  line('0813200000', 'чернослив'),
  line('5205110000', 'линейной плотности 714,29 дтекс или более', 'Пряжа хлопчатобумажная'),
  line('5205120000', 'прочие', 'Пряжа хлопчатобумажная › пряжа однониточная'),
  line('5205130000', 'из гребенных волокон'),
  line('08061010', 'Fresh grapes, in boxes'),
]
const withLines = new HsIndex(HS_ENTRIES, LINES)
const shown = (hits: HsHit[]) => hits.map((h) => h.line?.code ?? h.nationalCode ?? h.entry.code)

describe('the HS finder with national tariff lines', () => {
  it('finds a line by its Russian words and shows it under its subheading', () => {
    expect(shown(withLines.search('чернослив'))).toEqual(['081320', '0813200000'])
    const [, hit] = withLines.search('чернослив')
    expect(hit?.line?.description).toBe('чернослив')
    expect(hit?.path.map((e) => e.code)).toEqual(['08', '0813', '081320'])
  })

  it('finds lines by the context above them, in any grammatical form', () => {
    const found = shown(withLines.search('пряжи однониточной'))
    expect(found.slice(0, 2)).toEqual(['520512', '5205120000'])
  })

  it('offers the lines of each subheading found, matching lines first', () => {
    const found = shown(withLines.search('dried apricots'))
    expect(found.slice(0, 4)).toEqual(['081310', '0813100000', '0813100001', '0813100009'])
    // "абрикосы" is in two of the three lines: they come first.
    const russian = shown(withLines.search('абрикосы'))
    expect(russian.slice(0, 4)).toEqual(['081310', '0813100000', '0813100009', '0813100001'])
    // A subheading found by a line shows its other lines too, after the one that matched.
    expect(shown(withLines.search('гребенных'))).toEqual(['520513', '5205130000'])
    expect(shown(withLines.search('дтекс'))).toEqual(['520511', '5205110000'])
  })

  it('lists a subheading’s lines after it when a code is typed', () => {
    expect(shown(withLines.search('0813'))).toEqual([
      '0813',
      '081310',
      '0813100000',
      '0813100001',
      '0813100009',
      '081320',
      '0813200000',
      '081330',
      '081340',
      '081350',
    ])
    expect(shown(withLines.search('0813 10 000 0'))).toEqual(['081310', '0813100000'])
    expect(withLines.search('0813100000')[0]?.nationalCode).toBeUndefined()
    // A code no imported tariff has is still offered as typed.
    expect(shown(withLines.search('0813109000'))).toEqual(['0813109000'])
    expect(shown(withLines.search('0806 10'))).toEqual(['080610', '08061010'])
  })

  it('builds the index again only when the lines change', () => {
    expect(hsIndexWith([])).toBe(hsIndex())
    const index = hsIndexWith(LINES)
    expect(hsIndexWith(LINES)).toBe(index)
    expect(hsIndexWith([...LINES])).not.toBe(index)
  })

  it('leaves out lines whose first six digits are not a subheading', () => {
    const index = new HsIndex(HS_ENTRIES, [line('0813900000', 'неведомые плоды')])
    expect(index.search('неведомые')).toEqual([])
  })
})
