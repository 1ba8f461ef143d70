/**
 * ISO 4217 currency codes.
 * Source: the maintained `currency-codes` npm package (ISO 4217 list one; its publish date is
 * `CURRENCY_LIST_DATE`).
 */
import { data, publishDate } from 'currency-codes'

export interface Currency {
  code: string
  name: string
  /** minor-unit digits (2 for USD, 0 for JPY) */
  digits: number
}

export const CURRENCIES: readonly Currency[] = data.map((c) => ({
  code: c.code,
  name: c.currency,
  digits: c.digits,
}))

export const CURRENCY_CODES: ReadonlySet<string> = new Set(CURRENCIES.map((c) => c.code))

export const CURRENCY_LIST_DATE: string = publishDate

export function isCurrencyCode(code: unknown): boolean {
  return typeof code === 'string' && CURRENCY_CODES.has(code)
}
