/**
 * Numbers and dates the language's way: what the screen shows reads back as the stored value,
 * what a user types the local way is stored as the file writes it, and nothing typed is lost.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LANGUAGES } from '../../../src/shared/i18n/languages'
import {
  datePattern,
  formatLocalDate,
  formatLocalNumber,
  formatNumberForInput,
  parseLocalDate,
  parseLocalNumber,
} from '../../../src/shared/i18n/local-format'

const language = fc.constantFrom(...LANGUAGES)
/**
 * Numbers a declaration holds: any double from 1 to 10^15 (either sign), and decimals with up to
 * six places (Intl shows at most 20 decimals, so a double like 1.2e-7 is out of its reach).
 */
const finite = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true, min: 1, max: 1e15 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: -1 }),
  fc
    .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }))
    .map(([n, places]) => n / 10 ** places),
)
const isoDate = fc
  .date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))

describe('numbers', () => {
  it('read back as the same number, grouped or not, in every language', () => {
    fc.assert(
      fc.property(language, finite, fc.boolean(), (lang, n, grouping) => {
        expect(parseLocalNumber(formatLocalNumber(n, lang, { grouping }), lang)).toBe(
          n === 0 ? 0 : n,
        )
      }),
    )
  })

  it.each([
    ['ru', '1 234,5', 1234.5],
    ['kk', '12 500,00', 12500],
    ['ru', '0,75', 0.75],
    ['ru', '10450.5', 10450.5],
    ['en', '1,234.5', 1234.5],
    ['en', '12,5', 12.5],
    ['ur', '1,234,567', 1234567],
    ['ru', '−3', -3],
    ['en', '0,500', 0.5],
    ['ur', '-0,500', -0.5],
    ['ru', '+5', 5],
    ['en', '.5', 0.5],
    ['kk', ',5', 0.5],
    ['en', '5.', 5],
    ['ru', '12,', 12],
  ] as const)('%s: “%s” is %d', (lang, typed, value) => {
    expect(parseLocalNumber(typed, lang)).toBe(value)
  })

  it.each([
    ['ru', '1.234,5'],
    ['en', '1,23,4'],
    ['ru', '12 кг'],
    ['en', '1e3'],
    ['ru', '.'],
    ['en', '-'],
  ] as const)('%s: “%s” is kept as typed, for validation to name', (lang, typed) => {
    expect(parseLocalNumber(typed, lang)).toBe(typed)
  })

  it('never loses what was typed: a number, nothing (empty), or the text itself', () => {
    fc.assert(
      fc.property(language, fc.string(), (lang, text) => {
        const read = parseLocalNumber(text, lang)
        if (text.trim() === '') expect(read).toBeUndefined()
        else if (typeof read === 'string') expect(read).toBe(text.trim())
        else expect(Number.isFinite(read)).toBe(true)
      }),
    )
  })

  it('shows a number for editing without grouping or direction marks', () => {
    expect(formatNumberForInput(-1234.5, 'ur')).toBe('-1234.5')
    expect(formatNumberForInput(-1234.5, 'ru')).toBe('-1234,5')
  })

  it('groups thousands the language’s way on screen', () => {
    expect(formatLocalNumber(1234567.5, 'ru')).toMatch(
      /^1[\s\u00a0\u202f]234[\s\u00a0\u202f]567,5$/,
    )
    expect(formatLocalNumber(1234567.5, 'en')).toBe('1,234,567.5')
    expect(formatLocalNumber(1234567.5, 'ur')).toBe('1,234,567.5')
  })
})

describe('dates', () => {
  it('read back as the same ISO date in every language', () => {
    fc.assert(
      fc.property(language, isoDate, (lang, iso) => {
        expect(parseLocalDate(formatLocalDate(iso, lang), lang)).toBe(iso)
      }),
    )
  })

  it.each([
    ['ru', '04.02.2026', '2026-02-04'],
    ['kk', '4.2.2026', '2026-02-04'],
    ['ur', '04/02/2026', '2026-02-04'],
    ['ru', '04.02.26', '2026-02-04'],
    ['ru', '2026-02-04', '2026-02-04'],
    ['en', '2026-02-04', '2026-02-04'],
  ] as const)('%s: “%s” is stored %s', (lang, typed, iso) => {
    expect(parseLocalDate(typed, lang)).toBe(iso)
  })

  it.each([
    ['ru', '31.02.2026'],
    ['ru', '04.02'],
    ['en', '04/02/2026'],
    ['ru', '4.2.202'],
  ] as const)('%s: “%s” is no date and is kept as typed', (lang, typed) => {
    expect(parseLocalDate(typed, lang)).toBe(typed)
  })

  it('shows the language’s pattern and form', () => {
    expect(formatLocalDate('2026-02-04', 'ru')).toBe('04.02.2026')
    expect(formatLocalDate('2026-02-04', 'ur')).toBe('04/02/2026')
    expect(formatLocalDate('2026-02-04', 'en')).toBe('2026-02-04')
    expect([datePattern('ru'), datePattern('kk'), datePattern('ur'), datePattern('en')]).toEqual([
      'DD.MM.YYYY',
      'DD.MM.YYYY',
      'DD/MM/YYYY',
      'YYYY-MM-DD',
    ])
  })

  it('never loses what was typed', () => {
    fc.assert(
      fc.property(language, fc.string(), (lang, text) => {
        const read = parseLocalDate(text, lang)
        if (text.trim() === '') expect(read).toBeUndefined()
        else expect(read === text.trim() || /^\d{4}-\d{2}-\d{2}$/.test(read!)).toBe(true)
      }),
    )
  })
})
