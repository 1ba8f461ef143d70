/**
 * Readers of elements that hold a code or a date: a calendar date, a date and time, a country, a
 * currency, money (an amount in a currency), and any element of the table by its kind.
 */

import { isCountryCode } from '../codes/countries'
import { isCalendarDate, isDateTime } from '../dates'

export { isCalendarDate, isDateTime }
import { isCurrencyCode } from '../codes/currencies'
import { element, type ElementId } from '../format/elements'
import {
  type Checker,
  type Obj,
  quote,
  readChoice,
  readNumber,
  readObject,
  readString,
  readText,
} from './checker'
import type { FindingParams } from './report'
import type { RuleId } from './rules'

/**
 * What a coded string element should be: `valid` tells, and a value that fails is reported under
 * `rule` (with `context` picking the rule's sentence, when it has several).
 */
export interface CodeCheck {
  rule: RuleId
  valid: (value: string) => boolean
  context?: string
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
  const params: FindingParams = code.context
    ? { value: quote(value), context: code.context }
    : { value: quote(value) }
  c.report(code.rule, `${base}/${key}`, params)
  return undefined
}

export const CALENDAR_DATE: CodeCheck = { rule: 'date.format', valid: isCalendarDate }

export const DATE_TIME_CHECK: CodeCheck = {
  rule: 'date.format',
  valid: isDateTime,
  context: 'time',
}

export const CURRENCY: CodeCheck = { rule: 'code.currency', valid: isCurrencyCode }

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
  const upper = value.toUpperCase()
  const params: FindingParams =
    value.length === 2 && isCountryCode(upper)
      ? { value: quote(value), context: 'case', upper }
      : { value: quote(value) }
  c.report('code.country', path, params)
  return undefined
}

export interface Money {
  amount?: number
  currency?: string
}

/** Money: an amount (element `amount` of the table) in a currency. */
export function readMoney(
  c: Checker,
  o: Obj,
  key: string,
  base: string,
  amount: ElementId,
  required: boolean,
): Money | undefined {
  const money = readObject(c, o, key, base, required)
  if (!money) return undefined
  const path = `${base}/${key}`
  return {
    amount: readNumber(c, money, 'amount', path, amount, true),
    currency: readCode(c, money, 'currency', path, CURRENCY, true),
  }
}

/**
 * A text-valued element of the table, read by its kind: free text, a choice, a country, a
 * currency, a date, or a date and time. Numbers, yes/no, objects and lists have their readers.
 */
export function readField(
  c: Checker,
  o: Obj,
  key: string,
  base: string,
  id: ElementId,
  required: boolean,
): string | undefined {
  switch (element(id).type) {
    case 'text':
      return readText(c, o, key, base, id, required)
    case 'choice':
      return readChoice(c, o, key, base, id, required)
    case 'country':
      return readCountry(c, o, key, base, required)
    case 'currency':
      return readCode(c, o, key, base, CURRENCY, required)
    case 'date':
      return readCode(c, o, key, base, CALENDAR_DATE, required)
    case 'datetime':
      return readCode(c, o, key, base, DATE_TIME_CHECK, required)
    default:
      throw new Error(`${id} is not a text-valued element`)
  }
}
