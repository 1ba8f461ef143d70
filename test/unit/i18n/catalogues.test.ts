/**
 * Every catalogue has every key of the English one, no key it lacks, the same interpolation
 * variables, and exactly the plural forms its language has (CLDR, as i18next asks for them).
 */
import { describe, expect, it } from 'vitest'
import {
  englishCatalogue,
  loadCatalogue,
  type Catalogue,
} from '../../../src/shared/i18n/catalogues'
import { LANGUAGES } from '../../../src/shared/i18n/languages'
import { datePattern } from '../../../src/shared/i18n/local-format'
import { pseudoCatalogue, pseudoText } from '../../../src/shared/i18n/pseudo'

function flatten(node: unknown, prefix = '', into = new Map<string, string>()) {
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (typeof value === 'string') into.set(prefix + key, value)
    else flatten(value, `${prefix}${key}.`, into)
  }
  return into
}

const variables = (text: string) =>
  [...text.matchAll(/\{\{\s*([A-Za-z0-9_]+)[^}]*\}\}/g)].map((m) => m[1]).sort()

/** The keys `language` must have: English's, each plural pair as the language's CLDR forms. */
function expectedKeys(english: Map<string, string>, language: string): Map<string, string> {
  const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories
  const plural = (key: string) => /_(one|other)$/.test(key)
  const base = (key: string) => key.replace(/_(one|other)$/, '')
  const pluralBases = new Set(
    [...english.keys()]
      .filter((key) => key.endsWith('_one') && english.has(`${base(key)}_other`))
      .map(base),
  )
  const expected = new Map<string, string>()
  for (const [key, text] of english) {
    if (plural(key) && pluralBases.has(base(key))) {
      for (const form of forms)
        expected.set(`${base(key)}_${form}`, english.get(`${base(key)}_other`)!)
    } else expected.set(key, text)
  }
  return expected
}

describe.each(LANGUAGES.filter((l) => l !== 'en'))('the %s catalogue', (language) => {
  const english = flatten(englishCatalogue)
  let catalogue: Map<string, string>
  const load = async () => (catalogue ??= flatten(await loadCatalogue(language)))

  it('has every key of the English one, each plural with the language’s forms', async () => {
    const keys = await load()
    const missing = [...expectedKeys(english, language).keys()].filter((key) => !keys.has(key))
    expect(missing).toEqual([])
  })

  it('has no key the English one lacks', async () => {
    const expected = expectedKeys(english, language)
    const extra = [...(await load()).keys()].filter((key) => !expected.has(key))
    expect(extra).toEqual([])
  })

  it('uses the same interpolation variables, and no empty text', async () => {
    const keys = await load()
    for (const [key, englishText] of expectedKeys(english, language)) {
      const text = keys.get(key)
      if (text === undefined) continue // reported above
      expect(text.trim(), key).not.toBe('')
      const mine = variables(text)
      // A plural form may say how many where English does not ({{count}} is always given for
      // one), and a singular may say "one" in words where English writes {{count}}.
      const plural = /_(zero|one|two|few|many|other)$/.test(key)
      const theirs = variables(englishText)
      if (/_(zero|one|two)$/.test(key)) {
        expect(
          mine.every((v) => theirs.includes(v) || v === 'count'),
          key,
        ).toBe(true)
      } else if (plural) {
        expect(
          mine.filter((v) => v !== 'count'),
          key,
        ).toEqual(theirs.filter((v) => v !== 'count'))
      } else {
        expect(mine, key).toEqual(theirs)
      }
    }
  })

  it('says how many in every singular that also stands for 21, 31 … (Russian)', async () => {
    if (new Intl.PluralRules(language).select(21) !== 'one') return
    const singulars = [...(await load())].filter(([key]) => key.endsWith('_one'))
    for (const [key, text] of singulars) expect(text, key).toContain('{{count}}')
  })

  it('hints dates in the order and with the signs the language types them', async () => {
    const hint = (await load()).get('editor.datePattern')!
    const shape = (pattern: string) => pattern.replace(/\p{L}/gu, 'x')
    expect(shape(hint)).toBe(shape(datePattern(language)))
  })

  it('names every code of the lists it names', async () => {
    const keys = await load()
    for (const key of english.keys()) {
      if (key.startsWith('codeName.')) expect(keys.get(key), key).toBeTruthy()
    }
  })
})

describe('the pseudo-locale', () => {
  it('keeps every placeholder, dresses every word, and is 40 % longer', () => {
    const text = 'There are {{count}} entries in {{what}}; at least {{min}} are needed.'
    const pseudo = pseudoText(text)
    expect(variables(pseudo)).toEqual(variables(text))
    expect(pseudo).not.toMatch(/entries|needed/)
    expect(pseudo.length).toBeGreaterThanOrEqual(text.length * 1.4)
  })

  it('covers the whole English catalogue', () => {
    const pseudo = flatten(pseudoCatalogue(englishCatalogue as Catalogue))
    const english = flatten(englishCatalogue)
    expect([...pseudo.keys()]).toEqual([...english.keys()])
    for (const [key, text] of english)
      expect(variables(pseudo.get(key)!), key).toEqual(variables(text))
  })
})
