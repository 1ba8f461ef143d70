/**
 * The catalogues follow docs/glossary.md: wherever the English text names one of the corridor's
 * core terms, the translation uses the glossary's word for it (by its stem, so that Russian and
 * Kazakh may inflect it). Rows of the glossary are named beside each term.
 */
import { describe, expect, it } from 'vitest'
import { englishCatalogue, loadCatalogue } from '../../../src/shared/i18n/catalogues'

function flatten(node: unknown, prefix = '', into = new Map<string, string>()) {
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (typeof value === 'string') into.set(prefix + key, value)
    else flatten(value, `${prefix}${key}.`, into)
  }
  return into
}

/** [English term, the glossary's word in each language (a stem, or alternatives)] */
const TERMS: readonly [RegExp, Record<'ru' | 'kk' | 'ur', RegExp>][] = [
  // B2, B3
  [/office of departure/i, { ru: /отправлени/i, kk: /жөнелту/i, ur: /روانگی/ }],
  [/office of destination/i, { ru: /назначени/i, kk: /межелі/i, ur: /منزل/ }],
  // C3, C4
  [/\bconsignor/i, { ru: /отправител/i, kk: /жөнелтуші/i, ur: /کنسائنر|بھیجنے/ }],
  [/\bconsignee/i, { ru: /получател/i, kk: /алушы/i, ur: /کنسائنی|وصول/ }],
  // A3, G1
  [/TIR Carnet/, { ru: /МДП|TIR/, kk: /ХЖТ|TIR/, ur: /TIR|ٹی آئی آر/ }],
  // E6, E7
  [/gross mass/i, { ru: /брутто/i, kk: /брутто/i, ur: /مجموعی|گراس/ }],
  [/net mass/i, { ru: /нетто/i, kk: /нетто/i, ur: /خالص|نیٹ/ }],
]

const english = flatten(englishCatalogue)

describe.each(['ru', 'kk', 'ur'] as const)('the %s catalogue and the glossary', (language) => {
  it('uses the glossary’s word wherever the English names a core term', async () => {
    const translated = flatten(await loadCatalogue(language))
    const stray: string[] = []
    for (const [key, text] of english) {
      const mine = translated.get(key)
      if (mine === undefined || key.startsWith('codeName.')) continue
      for (const [term, words] of TERMS) {
        if (term.test(text) && !words[language].test(mine)) stray.push(`${key}: ${term} → ${mine}`)
      }
    }
    expect(stray).toEqual([])
  })
})
