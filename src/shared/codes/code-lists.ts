/**
 * The code lists a picker offers, each entry with its code, its name in the reader's language,
 * and other names to search by (English, and Russian — the corridor's common language).
 * Countries and currencies are named from the platform's own Unicode CLDR data through
 * Intl.DisplayNames (no data files, works offline); the other lists by the catalogues
 * (`codeName.<list>`), in English from their cited sources.
 */
import countries from 'i18n-iso-countries'
import { ENGLISH_CODE_NAMES } from './code-names'
import { CURRENCIES } from './currencies'
import { PACKAGE_KINDS } from './package-kinds'
import { fold } from './search-text'

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
  /** the name in the reader's language */
  name: string
  /** the same in English and Russian when they differ, for searching and showing */
  otherNames: string[]
}

/** The reader's language and its names of a list's codes (the catalogue's `codeName.<list>`). */
export interface CodeNaming {
  language: string
  names?: Readonly<Record<string, string>>
}

const ENGLISH: CodeNaming = { language: 'en' }

/** `name` first, then the other names that differ from it and from each other. */
function option(code: string, name: string, ...others: (string | undefined)[]): CodeOption {
  const otherNames: string[] = []
  for (const other of others) {
    if (other && other !== code && other !== name && !otherNames.includes(other))
      otherNames.push(other)
  }
  return { code, name, otherNames }
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

const named =
  (english: Readonly<Record<string, string>>) =>
  (naming: CodeNaming, codes: readonly string[] = Object.keys(english)): CodeOption[] =>
    codes.map((code) => {
      const local = naming.names?.[code]
      return local ? option(code, local, english[code]) : option(code, english[code] ?? code)
    })

function countryOptions(naming: CodeNaming): CodeOption[] {
  const english = displayNames('en', 'region')
  const russian = displayNames('ru', 'region')
  const local = displayNames(naming.language, 'region')
  const first = new Set<string>(CORRIDOR_COUNTRIES)
  const codes = Object.keys(countries.getAlpha2Codes())
  return [...CORRIDOR_COUNTRIES, ...codes.filter((c) => !first.has(c)).sort()].map((code) =>
    option(code, local(code) ?? english(code) ?? code, english(code), russian(code)),
  )
}

function currencyOptions(naming: CodeNaming): CodeOption[] {
  const russian = displayNames('ru', 'currency')
  const local =
    naming.language === 'en' ? () => undefined : displayNames(naming.language, 'currency')
  const first = new Set(CORRIDOR_CURRENCIES)
  const ordered = [
    ...CORRIDOR_CURRENCIES.map((code) => CURRENCIES.find((c) => c.code === code)!),
    ...CURRENCIES.filter((c) => !first.has(c.code)),
  ]
  return ordered.map((c) => option(c.code, local(c.code) ?? c.name, c.name, russian(c.code)))
}

function packageKindOptions(naming: CodeNaming): CodeOption[] {
  const first = new Set<string>(COMMON_PACKAGE_KINDS)
  // Object.keys lists integer-like codes ('43', '44') first; the rest follow in code order.
  const rest = Object.keys(PACKAGE_KINDS)
    .filter((code) => !first.has(code))
    .sort()
  return named(ENGLISH_CODE_NAMES.packageKind)(naming, [...COMMON_PACKAGE_KINDS, ...rest])
}

const builders: Record<CodeListId, (naming: CodeNaming) => CodeOption[]> = {
  country: countryOptions,
  currency: currencyOptions,
  packageKind: packageKindOptions,
  transportMode: named(ENGLISH_CODE_NAMES.transportMode),
  incoterm: named(ENGLISH_CODE_NAMES.incoterm),
  documentCode: named(ENGLISH_CODE_NAMES.documentCode),
  unit: named(ENGLISH_CODE_NAMES.unit),
}

const cache = new Map<string, CodeOption[]>()

/**
 * The options of a list in the reader's language, built on first use (and again once the
 * language's names have come, if it was first asked for before its catalogue was loaded).
 */
export function codeOptions(list: CodeListId, naming: CodeNaming = ENGLISH): readonly CodeOption[] {
  const key = `${list}/${naming.language}/${naming.names ? 'named' : 'bare'}`
  let options = cache.get(key)
  if (!options) cache.set(key, (options = builders[list](naming)))
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
