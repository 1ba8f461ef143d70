/**
 * ISO 3166-1 country codes.
 * Source: the maintained `i18n-iso-countries` npm package, which follows ISO 3166-1: its code
 * table (`codes.json`, rows of alpha-2, alpha-3, numeric). The table is read directly, not
 * through the package's entry, whose Node entry loads the names of every one of its 80 languages
 * (0.9 MB) — where names are wanted, the modules that print them import their language's file.
 */
import codeTable from 'i18n-iso-countries/codes.json'

/** ISO 3166-1 alpha-2 codes (upper case), e.g. "KZ". */
export const COUNTRY_CODES: ReadonlySet<string> = new Set(codeTable.map((row) => row[0]!))

/** ISO 3166-1 alpha-3 codes (upper case), e.g. "KAZ" — the TIR holder id starts with one. */
export const COUNTRY_ALPHA3_CODES: ReadonlySet<string> = new Set(codeTable.map((row) => row[1]!))

export function isCountryCode(code: unknown): boolean {
  return typeof code === 'string' && COUNTRY_CODES.has(code)
}

export function isCountryAlpha3Code(code: unknown): boolean {
  return typeof code === 'string' && COUNTRY_ALPHA3_CODES.has(code)
}
