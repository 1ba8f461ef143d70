/**
 * ISO 3166-1 country codes.
 * Source: the maintained `i18n-iso-countries` npm package (getAlpha2Codes / getAlpha3Codes),
 * which follows ISO 3166-1. Only the codes are used here, so no locale is registered.
 */
import countries from 'i18n-iso-countries'

/** ISO 3166-1 alpha-2 codes (upper case), e.g. "KZ". */
export const COUNTRY_CODES: ReadonlySet<string> = new Set(Object.keys(countries.getAlpha2Codes()))

/** ISO 3166-1 alpha-3 codes (upper case), e.g. "KAZ" — the TIR holder id starts with one. */
export const COUNTRY_ALPHA3_CODES: ReadonlySet<string> = new Set(
  Object.keys(countries.getAlpha3Codes()),
)

export function isCountryCode(code: unknown): boolean {
  return typeof code === 'string' && COUNTRY_CODES.has(code)
}

export function isCountryAlpha3Code(code: unknown): boolean {
  return typeof code === 'string' && COUNTRY_ALPHA3_CODES.has(code)
}
