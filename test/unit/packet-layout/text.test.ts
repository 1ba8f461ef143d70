/** The engine's text helpers with simple metrics: every character half an em wide. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { squeeze } from '../../../src/shared/packet/layout/document'
import type { TextMetrics } from '../../../src/shared/packet/layout/model'
import {
  fit,
  lineHeight,
  MISSING_GLYPH_NOTICE,
  printable,
  RTL_NOTICE,
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

  it('replaces right-to-left text and missing glyphs by notices', () => {
    expect(printable('Kabul کابل', metrics)).toBe(RTL_NOTICE)
    expect(printable('עברית', metrics)).toBe(RTL_NOTICE)
    expect(printable('ﻻ', metrics)).toBe(RTL_NOTICE)
    expect(printable('北京', metrics)).toBe(MISSING_GLYPH_NOTICE)
    expect(printable('Ташкент', metrics)).toBe('Ташкент')
  })
})

describe('wrap', () => {
  it('breaks at spaces, inside over-long words, and at line feeds', () => {
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
