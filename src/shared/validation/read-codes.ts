/**
 * Readers of elements that hold a code or a date: a choice from a fixed set, a calendar date,
 * a country, a currency, and money (an amount in a currency).
 */
import { isCountryCode } from '../codes/countries'
import { isCurrencyCode } from '../codes/currencies'
import { type Checker, type Obj, readNumber, readObject, readString, show } from './checker'
import type { RuleId } from './rules'

/**
 * What a coded string element should be: `valid` tells, and a value that fails is reported under
 * `rule` as "<The element> <value> <problem>".
 */
export interface CodeCheck {
  rule: RuleId
  valid: (value: string) => boolean
  problem: string
}

/** A string element that should pass `code`. */
export function readCode(
  c: Checker,
  o: Obj,
  key: string,
  base: string,
  code: CodeCheck,
  required: boolean,
): string | undefined {
  const value = readString(c, o, key, base, required)
  if (value === undefined || code.valid(value)) return value
  const path = `${base}/${key}`
  c.report(code.rule, path, `${c.What(path)} ${show(value)} ${code.problem}`)
  return undefined
}

/** A choice among `allowed`, listed in that order when the value is not one of them. */
export function oneOf(allowed: readonly string[]): CodeCheck {
  const set: ReadonlySet<string> = new Set(allowed)
  return {
    rule: 'structure.enum',
    valid: (value) => set.has(value),
    problem: `should be one of ${allowed.join(', ')}.`,
  }
}

const DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/

export function isCalendarDate(value: string): boolean {
  if (value.length !== 10) return false
  const m = DATE.exec(value)
  if (!m) return false
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  if (month < 1 || month > 12 || day < 1) return false
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!
  return day <= days
}

export const CALENDAR_DATE: CodeCheck = {
  rule: 'date.format',
  valid: isCalendarDate,
  problem: 'is not a date written YYYY-MM-DD (e.g. 2026-02-04).',
}

export const CURRENCY: CodeCheck = {
  rule: 'code.currency',
  valid: isCurrencyCode,
  problem: 'is not an ISO 4217 currency code (e.g. USD, EUR, KZT).',
}

export function readCountry(
  c: Checker,
  o: Obj,
  key: string,
  base: string,
  required: boolean,
): string | undefined {
  const value = readString(c, o, key, base, required)
  if (value === undefined) return undefined
  return checkCountryValue(c, `${base}/${key}`, value)
}

/** A country code, with a hint when only its case is wrong. */
export function checkCountryValue(c: Checker, path: string, value: string): string | undefined {
  if (isCountryCode(value)) return value
  const hint =
    value.length === 2 && isCountryCode(value.toUpperCase())
      ? ` Write it in capitals: ${value.toUpperCase()}.`
      : ''
  c.report(
    'code.country',
    path,
    `${c.What(path)} ${show(value)} is not an ISO 3166-1 two-letter country code (e.g. KZ, PK).${hint}`,
  )
  return undefined
}

export interface Money {
  amount?: number
  currency?: string
}

export function readMoney(
  c: Checker,
  o: Obj,
  key: string,
  base: string,
  required: boolean,
): Money | undefined {
  const money = readObject(c, o, key, base, required)
  if (!money) return undefined
  const path = `${base}/${key}`
  return {
    amount: readNumber(c, money, 'amount', path, { required: true }),
    currency: readCode(c, money, 'currency', path, CURRENCY, true),
  }
}
