/**
 * The code lists a picker offers, each entry with its code, its name in the reader's language,
 * and other names to search by (English, and Russian — the corridor's common language).
 * Countries and currencies are named from the platform's own Unicode CLDR data through
 * Intl.DisplayNames (no data files, works offline); the other lists by the catalogues
 * (`codeName.<list>`), in English from their cited sources.
 */
import { ENGLISH_CODE_NAMES } from './code-names'
import { CURRENCIES } from './currencies'
import { PACKAGE_KINDS } from './package-kinds'
import { COUNTRY_CODES } from './countries'
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

/*
 * Each list starts with its most common entries on the corridor: they come first when nothing is
 * typed, and first among equally good matches (see searchCodeOptions).
 */

/** The corridor's countries and neighbours. */
export const CORRIDOR_COUNTRIES = [
  'BY', 'RU', 'KZ', 'KG', 'UZ', 'TJ', 'TM', 'AF', 'PK', 'IR', 'CN', 'TR', 'AM',
] as const // prettier-ignore

/** Kinds of packages seen most on the corridor. */
export const COMMON_PACKAGE_KINDS = [
  'BG', 'BL', 'BX', 'CT', 'CS', 'PX', 'PK', 'BE', 'RL', 'DR', 'BA', 'SA', 'CR', 'NE', 'VR', 'VL',
] as const // prettier-ignore

/** Currencies the corridor trades in. */
export const CORRIDOR_CURRENCIES = ['USD', 'EUR', 'RUB', 'KZT', 'UZS', 'PKR', 'AFN', 'BYN', 'CNY']

/**
 * The papers nearly every transit carries: the commercial invoice, the packing list, the
 * consignment note of the road (CMR) or the railway (SMGS), the TIR Carnet, the certificate of
 * origin — the examples the document code's help names.
 */
export const COMMON_DOCUMENT_CODES = ['N380', 'N271', 'N730', 'N720', 'N952', 'N861'] as const

/**
 * Road first: a TIR transport, the corridor's usual procedure, goes by road for at least part of
 * its journey (TIR Convention 1975, art. 2); then rail, sea and air.
 */
export const COMMON_TRANSPORT_MODES = ['3', '2', '1', '4'] as const

/** `common` first, then the other codes in their order. */
function commonFirst(common: readonly string[], codes: readonly string[]): string[] {
  const first = new Set(common)
  return [...common, ...codes.filter((code) => !first.has(code))]
}

function displayNames(language: string, type: 'region' | 'currency') {
  try {
    const names = new Intl.DisplayNames([language], { type, fallback: 'none' })
    return (code: string) => names.of(code)
  } catch {
    return () => undefined
  }
}

/** A list named by the catalogues: its `common` codes, then the others in `order`. */
const named =
  (
    english: Readonly<Record<string, string>>,
    common: readonly string[] = [],
    order: readonly string[] = Object.keys(english),
  ) =>
  (naming: CodeNaming): CodeOption[] =>
    commonFirst(common, order).map((code) => {
      const local = naming.names?.[code]
      return local ? option(code, local, english[code]) : option(code, english[code] ?? code)
    })

function countryOptions(naming: CodeNaming): CodeOption[] {
  const english = displayNames('en', 'region')
  const russian = displayNames('ru', 'region')
  const local = displayNames(naming.language, 'region')
  const codes = [...COUNTRY_CODES].sort()
  return commonFirst(CORRIDOR_COUNTRIES, codes).map((code) =>
    option(code, local(code) ?? english(code) ?? code, english(code), russian(code)),
  )
}

function currencyOptions(naming: CodeNaming): CodeOption[] {
  const russian = displayNames('ru', 'currency')
  const local =
    naming.language === 'en' ? () => undefined : displayNames(naming.language, 'currency')
  const english = new Map(CURRENCIES.map((c) => [c.code, c.name]))
  return commonFirst(CORRIDOR_CURRENCIES, [...english.keys()]).map((code) =>
    option(code, local(code) ?? english.get(code)!, english.get(code), russian(code)),
  )
}

const builders: Record<CodeListId, (naming: CodeNaming) => CodeOption[]> = {
  country: countryOptions,
  currency: currencyOptions,
  // Sorted by code: Object.keys would put the integer-like '43' and '44' first.
  packageKind: named(
    ENGLISH_CODE_NAMES.packageKind,
    COMMON_PACKAGE_KINDS,
    Object.keys(PACKAGE_KINDS).sort(),
  ),
  transportMode: named(ENGLISH_CODE_NAMES.transportMode, COMMON_TRANSPORT_MODES),
  incoterm: named(ENGLISH_CODE_NAMES.incoterm),
  documentCode: named(ENGLISH_CODE_NAMES.documentCode, COMMON_DOCUMENT_CODES),
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

/** The folded words of every name of every option, made once per list (the lists are cached). */
const foldedNames = new WeakMap<readonly CodeOption[], string[][][]>()

const wordsOf = (text: string) =>
  fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)

function namesOf(options: readonly CodeOption[]): string[][][] {
  let names = foldedNames.get(options)
  if (!names) {
    names = options.map((o) => [o.name, ...o.otherNames].map(wordsOf))
    foldedNames.set(options, names)
  }
  return names
}

/**
 * How well an option matches, as a tier (0 best; undefined: no match):
 *   0. its code is what was typed ("kz" → KZ);
 *   1. its code starts with it ("n38" → N380);
 *   2. one of its names (in any of its languages) starts with the first typed word and has
 *      words starting with the others ("road" → 3 Road transport);
 *   3. one of its names has words starting with every typed word ("invoice" → N380 Commercial
 *      invoice).
 */
function tierOf(code: string, names: string[][], typed: string, words: string[]) {
  if (code === typed) return 0
  if (code.startsWith(typed)) return 1
  let tier: number | undefined
  for (const nameWords of names) {
    if (words.length === 0 || !words.every((w) => nameWords.some((n) => n.startsWith(w)))) continue
    if (nameWords[0]!.startsWith(words[0]!)) return 2
    tier = 3
  }
  return tier
}

/**
 * The options matching what was typed, best first: by tier (see tierOf), and within a tier in
 * the list's own order — which starts with the list's most common entries, so "invoice" offers
 * N380 Commercial invoice before N325 Proforma invoice, and "bag" BG Bag before 43 Bag, super
 * bulk. Nothing typed: the list's order. A known code typed in full is always the first option.
 */
export function searchCodeOptions(
  options: readonly CodeOption[],
  query: string,
  limit = 50,
): CodeOption[] {
  const typed = fold(query).trim()
  if (typed === '') return options.slice(0, limit)
  const words = wordsOf(typed)
  const names = namesOf(options)
  const tiers: CodeOption[][] = [[], [], [], []]
  options.forEach((option, i) => {
    const tier = tierOf(option.code.toLowerCase(), names[i]!, typed, words)
    if (tier !== undefined) tiers[tier]!.push(option)
  })
  return tiers.flat().slice(0, limit)
}
