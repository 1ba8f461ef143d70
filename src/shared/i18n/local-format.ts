/**
 * Numbers and dates as each language writes them, shown and typed: "04.02.2026" and "1 234,5"
 * in Russian and Kazakh, "04/02/2026" and "1,234.5" in Urdu, "2026-02-04" and "1,234.5" in
 * English (English readers split between day-first and month-first: ISO order is the one
 * nobody misreads). The declaration file
 * keeps ISO dates and JSON numbers whatever the screen shows (declaration-format.md); these
 * functions are the only way between the two.
 */
import { LANGUAGE_INFO, type Language } from './languages'

const numberFormats = new Map<string, Intl.NumberFormat>()
const dateFormats = new Map<Language, Intl.DateTimeFormat>()

export interface NumberStyle {
  /** exactly this many decimals; every digit the number has when not given */
  fractionDigits?: number
  /** group thousands (lists, totals); off in input fields, where the user edits the digits */
  grouping?: boolean
}

function numberFormat(language: Language, style: NumberStyle = {}): Intl.NumberFormat {
  const { fractionDigits, grouping = true } = style
  const key = `${language}/${fractionDigits ?? ''}/${grouping}`
  let format = numberFormats.get(key)
  if (!format) {
    const digits =
      fractionDigits === undefined
        ? { maximumFractionDigits: 20 }
        : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }
    const locale = LANGUAGE_INFO[language].locale
    format = new Intl.NumberFormat(locale, { ...digits, useGrouping: grouping })
    numberFormats.set(key, format)
  }
  return format
}

/** A number for the screen, as the language writes it. */
export function formatLocalNumber(value: number, language: Language, style?: NumberStyle) {
  return numberFormat(language, style).format(value)
}

/** The language's decimal sign and group separator, as Intl writes them. */
export function numberSigns(language: Language): { decimal: string; group: string } {
  const parts = numberFormat(language).formatToParts(12345.6)
  return {
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
  }
}

/**
 * A number as an input field shows it for editing: every digit, the language's decimal sign, no
 * grouping and no direction marks (Intl puts one before Urdu's minus sign; the field itself is
 * left to right).
 */
export function formatNumberForInput(value: number, language: Language): string {
  return formatLocalNumber(value, language, { grouping: false }).replace(MARKS, '')
}

/** Spaces of every width, and the direction marks Intl puts around Urdu's minus sign. */
const SPACES = /[\s\u00a0\u202f\u2009\u200e\u200f\u061c]/g
const MARKS = /[\u200e\u200f\u061c]/g

/**
 * What a user typed into a number field, as a number; undefined when empty; the text itself when
 * it is not a number the language writes (validation then says what is wrong with it).
 * Russian and Kazakh: spaces group thousands, a comma (or a point) is the decimal sign.
 * English and Urdu: a comma groups thousands (in threes, the first group not starting with 0), a
 * point is the decimal sign; a lone comma not followed by exactly three digits is read as a
 * decimal sign too ("12,5", "0,500"). A leading "+", a missing 0 (".5") and a decimal sign still
 * waiting for its digits ("12,") are taken, so nothing turns into text halfway through typing.
 */
export function parseLocalNumber(text: string, language: Language): number | string | undefined {
  const trimmed = text.trim()
  if (trimmed === '') return undefined
  const bare = trimmed.replace(SPACES, '').replace(/^[−–]/, '-').replace(/^\+/, '')
  const normalised = numberSigns(language).decimal === ',' ? commaDecimal(bare) : pointDecimal(bare)
  if (normalised === null || !/\d/.test(normalised)) return trimmed
  const plain = normalised.replace(/^(-?)\./, '$10.').replace(/\.$/, '')
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : trimmed
}

function commaDecimal(text: string): string | null {
  const signs = text.match(/[.,]/g) ?? []
  return signs.length > 1 ? null : text.replace(',', '.')
}

function pointDecimal(text: string): string | null {
  if (!text.includes(',')) return text
  const [whole, ...rest] = text.split('.')
  if (rest.length > 1) return null
  if (/^-?[1-9]\d{0,2}(,\d{3})+$/.test(whole!)) {
    return whole!.replace(/,/g, '') + (rest.length ? `.${rest[0]}` : '')
  }
  return rest.length === 0 && /^-?\d*,\d*$/.test(text) ? text.replace(',', '.') : null
}

function dateFormat(language: Language): Intl.DateTimeFormat {
  let format = dateFormats.get(language)
  if (!format) {
    format = new Intl.DateTimeFormat(LANGUAGE_INFO[language].locale, {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    })
    dateFormats.set(language, format)
  }
  return format
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** English dates are typed and shown in ISO order (see the top of this file). */
const typedAsIso = (language: Language) => language === 'en'

/** An ISO date ("2026-02-04") as the language writes it ("04.02.2026"); other text as it is. */
export function formatLocalDate(iso: string, language: Language): string {
  if (typedAsIso(language)) return iso
  const match = ISO_DATE.exec(iso)
  if (!match || !isRealDate(+match[1]!, +match[2]!, +match[3]!)) return iso
  return dateFormat(language).format(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!))
}

type DateField = 'day' | 'month' | 'year'
const dateOrders = new Map<Language, DateField[]>()

/** The order of day, month and year in the language's dates, e.g. ['day', 'month', 'year']. */
function dateOrder(language: Language): DateField[] {
  let order = dateOrders.get(language)
  if (!order) {
    order = dateFormat(language)
      .formatToParts(Date.UTC(2026, 1, 4))
      .map((p) => p.type)
      .filter((t): t is DateField => t === 'day' || t === 'month' || t === 'year')
    dateOrders.set(language, order)
  }
  return order
}

/**
 * The shape of the language's dates with Latin letters ("DD.MM.YYYY", "DD/MM/YYYY"): the order
 * and signs each catalogue's date hint (`editor.datePattern`) must follow — a test checks them.
 */
export function datePattern(language: Language): string {
  if (typedAsIso(language)) return 'YYYY-MM-DD'
  const letters = { day: 'DD', month: 'MM', year: 'YYYY' }
  return dateFormat(language)
    .formatToParts(Date.UTC(2026, 1, 4))
    .map((p) => (p.type === 'literal' ? p.value : (letters[p.type as keyof typeof letters] ?? '')))
    .join('')
}

/**
 * What a user typed into a date field, as an ISO date: the language's own order with `.`, `/`
 * or `-` between (a two-digit year is 20YY), or ISO itself. Undefined when empty; the text as
 * typed when it is no real date (validation names what is wrong).
 */
export function parseLocalDate(text: string, language: Language): string | undefined {
  const trimmed = text.trim()
  if (trimmed === '') return undefined
  if (ISO_DATE.test(trimmed) || typedAsIso(language)) return trimmed
  const parts = trimmed.split(/\s*[./-]\s*/)
  if (parts.length !== 3 || !parts.every((p) => /^\d{1,4}$/.test(p))) return trimmed
  const order = dateOrder(language)
  const fields: Record<string, number> = {}
  order.forEach((field, i) => (fields[field] = Number(parts[i])))
  const yearText = parts[order.indexOf('year')]!
  if (yearText.length !== 2 && yearText.length !== 4) return trimmed
  const year = yearText.length === 2 ? 2000 + fields.year! : fields.year!
  const { day, month } = fields as { day: number; month: number }
  if (!isRealDate(year, month, day)) return trimmed
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    year >= 1000 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  )
}
