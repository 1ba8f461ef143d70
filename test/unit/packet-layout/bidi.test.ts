/** The visual order of a line (UAX #9 via bidi-js) and which font draws each run. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  reversedForDrawing,
  startsRightToLeft,
  visualRuns,
} from '../../../src/shared/packet/layout/bidi'

const arabic = (point: number) => point >= 0x0600 && point <= 0x06ff

describe('visual runs', () => {
  it('keeps a Latin value with a Dari name in order: Latin left, the name one run', () => {
    expect(visualRuns('Ahmadi Co. — شرکت تجارتی', false, arabic)).toEqual([
      { text: 'Ahmadi Co. — ', rtl: false, arabic: false },
      { text: 'شرکت تجارتی', rtl: true, arabic: true },
    ])
  })

  it('puts right-to-left words right to left, digits inside them left to right', () => {
    const runs = visualRuns('نمبر 12 ٹرک ۱۲۳ بوری', true, arabic)
    // Left to right on paper; each run's text in logical order, a space with the run it is in.
    expect(runs.map((r) => r.text)).toEqual([' بوری', '۱۲۳', 'ٹرک ', ' ', '12', 'نمبر '])
    expect(runs.find((r) => r.text === '12')).toMatchObject({ rtl: false, arabic: false })
    expect(runs.find((r) => r.text === '۱۲۳')).toMatchObject({ rtl: false, arabic: true })
  })

  it('keeps a date, a time or a code inside right-to-left text whole and left to right', () => {
    // Bare UAX #9 would print the date after Urdu words as 04-02-2026 (its digits turn Arabic
    // numbers after Arabic letters, and the hyphens between them stay neutral).
    for (const value of ['2026-02-04', '2026-12-06T20:24:34Z', 'KZ-ALA-2026-0117', '(KZ)']) {
      const runs = visualRuns(`مورخہ ${value} تک`, true, arabic)
      const at = (text: string) => runs.findIndex((r) => r.text.includes(text))
      expect(runs[at(value)], value).toMatchObject({ text: value, rtl: false, arabic: false })
      // On paper, left to right: the last word, the value, the first word.
      expect(at('تک')).toBeLessThan(at(value))
      expect(at(value)).toBeLessThan(at('مورخہ'))
    }
  })

  it('keeps several Latin words inside right-to-left text in their own order', () => {
    const order = (line: string) =>
      visualRuns(line, true, arabic)
        .map((r) => r.text)
        .join('|')
    // On paper, left to right: the Latin stretch whole, then the colon, then the Urdu word.
    expect(order('نام: Almaty Trans LLP')).toBe('Almaty Trans LLP|: |نام')
    expect(order('مسودہ DRAFT — NOT VALID FOR CUSTOMS')).toBe(
      'DRAFT — NOT VALID FOR CUSTOMS|مسودہ ',
    )
    // Brackets around Urdu stay Urdu's (mirrored), around Latin they go with it.
    expect(order('بولڈر (پرنسپل)')).toBe(')|پرنسپل|(|بولڈر ')
    expect(order('قازقستان (KZ)')).toBe('(KZ)|قازقستان ')
  })

  it('loses no character and repeats none', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('a', 'b', ' ', '1', '۲', 'ک', 'ل', '(', ')', '.', '😀'),
        }),
        fc.boolean(),
        (line, rtl) => {
          const runs = visualRuns(line, rtl, arabic)
          const sorted = (s: string) => [...s].sort().join('')
          expect(sorted(runs.map((r) => r.text).join(''))).toBe(sorted(line))
        },
      ),
    )
  })

  it('knows the direction of a value by its first strong letter', () => {
    expect(startsRightToLeft('12 کابل Kabul')).toBe(true)
    expect(startsRightToLeft('Kabul کابل')).toBe(false)
    expect(startsRightToLeft('Қазақстан')).toBe(false)
  })

  it('draws a right-to-left run of the main font reversed, brackets mirrored, accents kept', () => {
    expect(reversedForDrawing('(AB)')).toBe('(BA)')
    expect(reversedForDrawing('ae\u0301')).toBe('e\u0301a')
  })
})
