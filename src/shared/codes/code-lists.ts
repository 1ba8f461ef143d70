/**
 * The code lists a picker offers, each entry with its code and names to search by: English
 * always, Russian where the list has it (countries and currencies, from the platform's own
 * Unicode CLDR data through Intl.DisplayNames: no data files, works offline).
 */
import countries from 'i18n-iso-countries'
import { CURRENCIES } from './currencies'
import { DOCUMENT_CODES } from './document-codes'
import { INCOTERM_NAMES } from './incoterms'
import { PACKAGE_KINDS } from './package-kinds'
import { fold } from './search-text'
import { TRANSPORT_MODE_NAMES } from './transport-modes'
import { UNITS } from './units'

export const CODE_LISTS = [
  'country',
  'currency',
  'packageKind',
  'transportMode',
  'incoterm',
  'documentCode',
  'unit',
] as const
export type CodeListId = (typeof CODE_LISTS)[number]

export interface CodeOption {
  code: string
  /** the English name */
  name: string
  /** the same in other languages (Russian), for searching and showing */
  otherNames: string[]
}

/** The corridor's countries and neighbours, offered first when nothing is typed yet. */
export const CORRIDOR_COUNTRIES = [
  'BY', 'RU', 'KZ', 'KG', 'UZ', 'TJ', 'TM', 'AF', 'PK', 'IR', 'CN', 'TR', 'AM',
] as const // prettier-ignore

/** Kinds of packages seen most on the corridor, first when nothing is typed yet. */
export const COMMON_PACKAGE_KINDS = [
  'BG', 'BL', 'BX', 'CT', 'CS', 'PX', 'PK', 'BE', 'RL', 'DR', 'BA', 'SA', 'CR', 'NE', 'VR', 'VL',
] as const // prettier-ignore

/** Currencies the corridor trades in, first when nothing is typed yet. */
export const CORRIDOR_CURRENCIES = ['USD', 'EUR', 'RUB', 'KZT', 'UZS', 'PKR', 'AFN', 'BYN', 'CNY']

function displayNames(language: string, type: 'region' | 'currency') {
  try {
    const names = new Intl.DisplayNames([language], { type, fallback: 'none' })
    return (code: string) => names.of(code)
  } catch {
    return () => undefined
  }
}

const named = (entries: [string, string][]): CodeOption[] =>
  entries.map(([code, name]) => ({ code, name, otherNames: [] }))

function countryOptions(): CodeOption[] {
  const english = displayNames('en', 'region')
  const russian = displayNames('ru', 'region')
  const first = new Set<string>(CORRIDOR_COUNTRIES)
  const codes = Object.keys(countries.getAlpha2Codes())
  return [...CORRIDOR_COUNTRIES, ...codes.filter((c) => !first.has(c)).sort()].map((code) => ({
    code,
    name: english(code) ?? code,
    otherNames: [russian(code)].filter((n): n is string => !!n && n !== code),
  }))
}

function currencyOptions(): CodeOption[] {
  const russian = displayNames('ru', 'currency')
  const first = new Set(CORRIDOR_CURRENCIES)
  const ordered = [
    ...CORRIDOR_CURRENCIES.map((code) => CURRENCIES.find((c) => c.code === code)!),
    ...CURRENCIES.filter((c) => !first.has(c.code)),
  ]
  return ordered.map((c) => ({
    code: c.code,
    name: c.name,
    otherNames: [russian(c.code)].filter((n): n is string => !!n && n !== c.code),
  }))
}

function packageKindOptions(): CodeOption[] {
  const first = new Set<string>(COMMON_PACKAGE_KINDS)
  // Object.keys lists integer-like codes ('43', '44') first; the rest follow in code order.
  const rest = Object.keys(PACKAGE_KINDS)
    .filter((code) => !first.has(code))
    .sort()
  const kinds: Readonly<Record<string, { name: string }>> = PACKAGE_KINDS
  return named([...COMMON_PACKAGE_KINDS, ...rest].map((code) => [code, kinds[code]!.name]))
}

const builders: Record<CodeListId, () => CodeOption[]> = {
  country: countryOptions,
  currency: currencyOptions,
  packageKind: packageKindOptions,
  transportMode: () => named(Object.entries(TRANSPORT_MODE_NAMES)),
  incoterm: () => named(Object.entries(INCOTERM_NAMES)),
  documentCode: () => named(Object.entries(DOCUMENT_CODES)),
  unit: () => named(Object.entries(UNITS)),
}

const cache = new Map<CodeListId, CodeOption[]>()

/** The options of a list, built on first use. */
export function codeOptions(list: CodeListId): readonly CodeOption[] {
  let options = cache.get(list)
  if (!options) cache.set(list, (options = builders[list]()))
  return options
}

/**
 * The options matching what was typed, best first: the exact code, codes starting with it,
 * then names (any language) whose words start with every typed word — a name starting with
 * the first typed word before one that merely contains it. Nothing typed: the list's order.
 */
export function searchCodeOptions(
  options: readonly CodeOption[],
  query: string,
  limit = 50,
): CodeOption[] {
  const typed = fold(query).trim()
  if (typed === '') return options.slice(0, limit)
  const words = typed.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
  const scored: { option: CodeOption; score: number; order: number }[] = []
  options.forEach((option, order) => {
    const code = option.code.toLowerCase()
    let score = code === typed ? 100 : code.startsWith(typed) ? 50 : 0
    for (const name of [option.name, ...option.otherNames]) {
      const nameWords = fold(name)
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
      if (!words.every((w) => nameWords.some((n) => n.startsWith(w)))) continue
      score = Math.max(score, nameWords[0]!.startsWith(words[0]!) ? 20 : 10)
    }
    if (score > 0) scored.push({ option, score, order })
  })
  return scored
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map((s) => s.option)
}
