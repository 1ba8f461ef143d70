/** The engine's text helpers with simple metrics: every character half an em wide. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { squeeze } from '../../../src/shared/packet/layout/document'
import type { TextMetrics } from '../../../src/shared/packet/layout/model'
import {
  breakWord,
  fit,
  lineHeight,
  printable,
  REPLACEMENT_CHARACTER,
  sizesFrom,
  wrap,
} from '../../../src/shared/packet/layout/text'

const metrics: TextMetrics = {
  width: (text) => Array.from(text).length * 0.5,
  covers: (text) => !/[\u4E00-\u9FFF]/u.test(text),
}

describe('printable', () => {
  it('cleans controls, keeps line breaks, composes accents', () => {
    expect(printable('a\tb\r\nc\u0007d\u200Be', metrics)).toBe('a b\ncde')
    expect(printable('Cafe\u0301', metrics)).toBe('Café')
    expect(printable('plain ASCII, kept as is', metrics)).toBe('plain ASCII, kept as is')
  })

  it('keeps right-to-left text, and replaces only the characters no font has', () => {
    expect(printable('Kabul کابل', metrics)).toBe('Kabul کابل')
    expect(printable('עברית', metrics)).toBe('עברית')
    expect(printable('می\u200Cخواهم', metrics)).toBe('می\u200Cخواهم')
    expect(printable('Beijing 北京 office', metrics)).toBe(
      `Beijing ${REPLACEMENT_CHARACTER}${REPLACEMENT_CHARACTER} office`,
    )
    expect(printable('Ташкент', metrics)).toBe('Ташкент')
  })
})

describe('wrap', () => {
  it('breaks at spaces, inside words longer than a line, and at line feeds', () => {
    // width 20 at size 10: four characters a line
    expect(wrap('ab cd efghij\nk', 20, 10, 'regular', metrics)).toEqual([
      'ab',
      'cd',
      'efgh',
      'ij',
      'k',
    ])
  })

  it('never makes a line wider than the width, and loses no character', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'Ш', ' ', 'ў', '\n'), maxLength: 300 }),
        fc.integer({ min: 1, max: 40 }),
        (text, chars) => {
          const lines = wrap(text, chars * 5, 10, 'regular', metrics)
          for (const line of lines)
            expect(metrics.width(line, 'regular') * 10).toBeLessThanOrEqual(chars * 5)
          const letters = (s: string) => s.replace(/[\s]/g, '')
          expect(letters(lines.join(''))).toBe(letters(text))
        },
      ),
    )
  })
})

describe('codes and words', () => {
  // Tokens like the papers have: codes with digits, words, long runs with break points.
  const token = fc.oneof(
    fc.stringMatching(/^[A-Z]{4}[0-9]{7}$/),
    fc.stringMatching(/^[0-9]{6,10}$/),
    fc.string({ unit: fc.constantFrom('a', 'Ш', 'ў', 'ک'), minLength: 1, maxLength: 12 }),
    fc.string({ unit: fc.constantFrom('x', '/', '-', ',', '7'), minLength: 1, maxLength: 60 }),
  )
  const text = fc
    .array(fc.tuple(token, fc.constantFrom(' ', '  ', '\n')), { minLength: 1, maxLength: 30 })
    .map((parts) => parts.map(([word, gap]) => word + gap).join(''))
  const tokens = (value: string) => value.split(/[ \n]+/).filter(Boolean)
  const letters = (value: string) => value.replace(/\s/g, '')

  it('wrap() never splits a token that fits at 8 pt, and loses no character', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 40 }), (value, chars) => {
        const width = chars * 4 // `chars` characters a line at 8 pt
        const lines = wrap(value, width, 8, 'regular', metrics)
        expect(letters(lines.join(''))).toBe(letters(value))
        const printed = new Set(lines.flatMap(tokens))
        for (const word of tokens(value)) {
          if (metrics.width(word, 'regular') * 8 <= width) expect(printed).toContain(word)
        }
        for (const line of lines) {
          expect(metrics.width(line, 'regular') * 8).toBeLessThanOrEqual(width)
        }
      }),
    )
  })

  it('fit() sets a value smaller rather than split a token that fits at 8 pt', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 2, max: 40 }), (value, chars) => {
        const width = chars * 4
        const fitted = fit(value, width, 10_000, sizesFrom(10), 'regular', metrics, () => '…')
        const printed = new Set(fitted.lines.flatMap(tokens))
        for (const word of tokens(value)) {
          if (metrics.width(word, 'regular') * 8 <= width) expect(printed).toContain(word)
        }
        expect(letters(fitted.lines.join(''))).toBe(letters(value))
      }),
    )
  })

  it('sets a container number smaller instead of breaking it', () => {
    // 11 characters: 55 pt at 10 pt, 44 pt at 8 pt; the box is 50 pt wide.
    const fitted = fit(
      'MSKU1234565 and more',
      50,
      100,
      sizesFrom(10),
      'regular',
      metrics,
      () => '…',
    )
    expect(fitted.size).toBeLessThanOrEqual(9)
    expect(fitted.lines).toContain('MSKU1234565')
  })

  it('breaks a word wider than the whole line after "/", "-" or ","', () => {
    // 10 characters a line
    expect(breakWord('abcdefg/hijklmnop-qrs', 5, 5, 'regular', metrics)).toEqual([
      'abcdefg/',
      'hijklmnop-',
      'qrs',
    ])
    // No break point in the second half of a line: as many characters as fit.
    expect(breakWord('a/bcdefghijklmn', 5, 5, 'regular', metrics)).toEqual(['a/bcdefghi', 'jklmn'])
    // A letter and its accent stay together.
    expect(breakWord('e\u0301'.repeat(12), 5, 5, 'regular', metrics).join('|')).not.toMatch(
      /\|\u0301/,
    )
  })

  it('starts a word on the second line rather than break it when the first is narrower', () => {
    // first line 3 characters, others 10
    expect(wrap('Количество', 50, 10, 'regular', metrics, 15)).toEqual(['', 'Количество'])
  })
})

describe('fit', () => {
  const mark = () => '… C1'

  it('sets text smaller, down to 8 pt, before cutting it', () => {
    const text = 'x'.repeat(60)
    // 100 pt wide: 20 characters a line at 10 pt, 25 at 8 pt; 3 lines fit at 8 pt (28.8 pt)
    const fitted = fit(text, 100, 30, sizesFrom(10), 'regular', metrics, mark)
    expect(fitted.cut).toBe(false)
    expect(fitted.size).toBeLessThan(10)
    expect(fitted.size).toBeGreaterThanOrEqual(8)
    expect(fitted.lines.length * lineHeight(fitted.size)).toBeLessThanOrEqual(30)
  })

  it('ends with the continuation mark when even 8 pt is too large', () => {
    const fitted = fit('x'.repeat(500), 100, 30, sizesFrom(10), 'regular', metrics, mark)
    expect(fitted).toMatchObject({ size: 8, cut: true })
    expect(fitted.lines.at(-1)).toBe('… C1')
    expect(fitted.lines.length * lineHeight(8)).toBeLessThanOrEqual(30)
  })
})

describe('squeeze', () => {
  it('shares a height among rows, the tallest giving way first, none below its minimum', () => {
    const rows = [
      { natural: 20, min: 15 },
      { natural: 200, min: 20 },
      { natural: 60, min: 20 },
    ]
    expect(squeeze(rows, 400)).toEqual([20, 200, 60])
    const heights = squeeze(rows, 150)
    expect(heights.reduce((a, b) => a + b, 0)).toBeCloseTo(150, 3)
    expect(heights[0]).toBe(20)
    expect(heights[2]).toBe(60)
    expect(squeeze(rows, 10)).toEqual([15, 20, 20])
  })
})
