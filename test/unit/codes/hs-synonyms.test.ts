/**
 * How people name goods: the synonym list points only at what HS 2022 has, and the finder takes
 * the corridor's words — plurals, Russian endings, Russian, Kazakh and Urdu names — to the
 * headings that classify them.
 */
import { describe, expect, it } from 'vitest'
import { HS_ENTRIES, hsEntry } from '../../../src/shared/codes/hs2022'
import { hsIndex } from '../../../src/shared/codes/hs-search'
import { HS_SYNONYMS } from '../../../src/shared/codes/hs-synonyms'
import { synonymsFor } from '../../../src/shared/codes/hs-synonyms-query'
import { searchStems } from '../../../src/shared/codes/search-text'

const top = (query: string, n = 3) =>
  hsIndex()
    .search(query, n)
    .map((hit) => hit.entry.code)

/** Whether one of the first `n` hits is under `code` (a heading, subheading or chapter). */
const findsIn = (query: string, code: string, n = 3) =>
  top(query, n).some((found) => found.startsWith(code))

describe('the synonym list', () => {
  it('names only HS 2022 entries, and only words the descriptions use', () => {
    const vocabulary = new Set(HS_ENTRIES.flatMap((entry) => searchStems(entry.description)))
    for (const synonym of HS_SYNONYMS) {
      expect(synonym.codes.length + synonym.means.length, synonym.say.join()).toBeGreaterThan(0)
      for (const code of synonym.codes) expect(hsEntry(code), code).toBeDefined()
      for (const word of searchStems(synonym.means)) expect(vocabulary, word).toContain(word)
      for (const name of synonym.say) expect(searchStems(name), name).not.toEqual([])
    }
  })

  it('finds the names a query uses, a name of several words in any order', () => {
    const uses = synonymsFor(searchStems('пряжа хлопковая'))
    expect(uses.find((use) => use.codes.includes('5205'))?.covers.sort()).toEqual([0, 1])
    // The word still being typed finds names it begins.
    expect(synonymsFor(searchStems('кура'), 'кура').some((u) => u.codes.includes('081310'))).toBe(
      true,
    )
    expect(synonymsFor(searchStems('ку'), 'ку')).toEqual([])
  })
})

describe('searchStems', () => {
  it('takes Russian endings off, so the forms of a word meet', () => {
    expect(searchStems('пряжа пряжи пряжу')).toEqual(['пряж', 'пряж', 'пряж'])
    expect(searchStems('Хлопковая хлопковой хлопковые')).toEqual(['хлопков', 'хлопков', 'хлопков'])
    expect(searchStems('удобрения удобрений')).toEqual(['удобрен', 'удобрен'])
    expect(searchStems('сушёные абрикосы')).toEqual(['сушен', 'абрикос'])
    // Short words stay whole; English is only made singular; other scripts only folded.
    expect(searchStems('рис лук tyres cherries мақта خوبانی')).toEqual([
      'рис',
      'лук',
      'tyre',
      'cherry',
      'мақт',
      'خوبانی',
    ])
  })
})

describe('the HS finder with the names people use', () => {
  it('takes English names and plurals to their headings', () => {
    expect(findsIn('tractor parts', '8708')).toBe(true)
    expect(findsIn('apricots', '0813')).toBe(true)
    expect(findsIn('apricots', '0809')).toBe(true)
    expect(top('tyres', 1)[0]).toMatch(/^4011/)
    expect(top('tires', 1)[0]).toMatch(/^4011/)
    expect(findsIn('fertiliser', '31')).toBe(true)
    expect(findsIn('trucks', '8704')).toBe(true)
    expect(findsIn('raisins', '080620', 1)).toBe(true)
    expect(findsIn('steel pipes', '730')).toBe(true)
    expect(findsIn('rebar', '721420', 1)).toBe(true)
    expect(findsIn('medicines', '300')).toBe(true)
    expect(findsIn('towels', '6302')).toBe(true)
  })

  it('takes Russian names, in any of their forms, to their headings', () => {
    expect(findsIn('абрикосы', '0813')).toBe(true)
    expect(top('курага', 1)).toEqual(['081310'])
    expect(findsIn('сушеные абрикосы', '081310', 1)).toBe(true)
    expect(findsIn('хлопковая пряжа', '5205')).toBe(true)
    expect(findsIn('пряжа хлопчатобумажная', '5205')).toBe(true)
    expect(findsIn('запчасти для тракторов', '8708')).toBe(true)
    expect(findsIn('шины', '4011', 1)).toBe(true)
    expect(findsIn('грузовики', '8704', 1)).toBe(true)
    expect(findsIn('мука', '1101', 1)).toBe(true)
    expect(findsIn('удобрений', '31', 1)).toBe(true)
    expect(findsIn('стальные трубы', '730')).toBe(true)
    expect(findsIn('ковры', '57', 1)).toBe(true)
    expect(findsIn('лекарства', '300', 1)).toBe(true)
  })

  it('takes Kazakh and Urdu names (in their script and in Latin letters)', () => {
    expect(findsIn('өрік', '0813')).toBe(true)
    expect(findsIn('мақта', '5201', 1)).toBe(true)
    expect(findsIn('күріш', '1006', 1)).toBe(true)
    expect(findsIn('کپاس', '5201', 1)).toBe(true)
    expect(findsIn('خوبانی', '0813')).toBe(true)
    expect(findsIn('chawal', '1006', 1)).toBe(true)
    expect(findsIn('آٹا', '1101', 1)).toBe(true)
  })

  it('still narrows with the words of the descriptions', () => {
    // "tractor parts" names 8708; "brakes" picks the subheading.
    expect(top('tractor parts brakes', 1)).toEqual(['870830'])
    // A Russian name and an English word together.
    expect(findsIn('грузовики diesel', '8704', 1)).toBe(true)
  })
})
