/**
 * Table columns: proportional widths, widened so a header word never breaks in the middle
 * (checked on the real packets of the samples, read back with pdftotext).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildPacketContent } from '../../../src/shared/packet/documents'
import { columnMinimums, columnWidths } from '../../../src/shared/packet/layout/columns'
import type { TextMetrics } from '../../../src/shared/packet/layout/model'
import { sample } from '../packet/helpers'
import { validSamples } from '../samples'
import { GENERATED_AT, pdfWords, rendered } from './helpers'

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0)

describe('columnWidths', () => {
  it('keeps plain proportions when every column is wide enough', () => {
    expect(columnWidths([1, 3], [10, 10], 400)).toEqual([100, 300])
  })

  it('widens a narrow column at the expense of the others, in proportion', () => {
    const widths = columnWidths([1, 1, 2], [150, 0, 0], 400)
    expect(widths[0]).toBe(150)
    expect(widths[1]! * 2).toBeCloseTo(widths[2]!, 9)
    expect(sum(widths)).toBeCloseTo(400, 9)
  })

  it('falls back to proportions when the minimums cannot all be met', () => {
    expect(columnWidths([1, 1], [300, 300], 400)).toEqual([200, 200])
  })

  it('always fills the width, and meets every minimum whenever they fit together', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 200 })), {
          minLength: 1,
          maxLength: 9,
        }),
        fc.integer({ min: 50, max: 600 }),
        (columns, total) => {
          const weights = columns.map(([w]) => w)
          const minimums = columns.map(([, m]) => m)
          const widths = columnWidths(weights, minimums, total)
          expect(widths).toHaveLength(columns.length)
          expect(sum(widths)).toBeCloseTo(total, 6)
          widths.forEach((w) => expect(w).toBeGreaterThanOrEqual(0))
          if (sum(minimums) <= total)
            widths.forEach((w, i) => expect(w).toBeGreaterThanOrEqual(minimums[i]! - 1e-6))
        },
      ),
    )
  })
})

describe('table headers in the packet', () => {
  it.each(validSamples)('%s: every header word is printed whole', async (name) => {
    const documents = buildPacketContent(sample(name), { generatedAt: GENERATED_AT })
    const { pages, file } = await rendered(documents)
    const words = pdfWords(file)
    let headers = 0
    pages.forEach((page, index) => {
      for (const frame of page.frames.filter((f) => f.kind === 'header')) {
        headers++
        const { x, y, width, height } = frame.rect
        const inside = (words[index] ?? []).filter(
          (w) =>
            w.x0 >= x - 0.5 &&
            w.x1 <= x + width + 0.5 &&
            w.y0 >= y - 0.5 &&
            w.y1 <= y + height + 0.5,
        )
        const labelWords = new Set(frame.label.split(/\s+/))
        for (const word of inside) expect(labelWords, `${frame.label}`).toContain(word.text)
        expect(inside.map((w) => w.text).join(' ')).toBe(frame.label.split(/\s+/).join(' '))
      }
    })
    expect(headers).toBeGreaterThan(0)
  })
})

describe('columnMinimums', () => {
  // Every character half an em wide: a word of n characters is 4n pt at 8 pt.
  const metrics: TextMetrics = {
    width: (text) => Array.from(text).length * 0.5,
    covers: () => true,
  }

  it('makes room for the longest header word and the longest code of each column', () => {
    const rows = [
      ['1', 'Cotton yarn', 'MSKU1234565'],
      ['2', 'Wool', '8701930000'],
    ]
    expect(columnMinimums(['No.', 'Description', 'Container'], rows, undefined, metrics, 0, 500))
      // "No." 12 pt; "Description" 44 pt (its words have no digits); the container 44 pt
      .toEqual([12, 44, 44])
  })

  it('keeps the codes whole before the header words when both cannot fit', () => {
    const rows = [['MSKU1234565', 'TGHU7654320']]
    // "Identification" needs 56 pt, a container number 44: 112 pt do not fit in 90, 88 do.
    const labels = ['Identification', 'Identification']
    expect(columnMinimums(labels, rows, undefined, metrics, 0, 90)).toEqual([44, 44])
    expect(columnMinimums(labels, rows, undefined, metrics, 0, 120)).toEqual([56, 56])
  })

  it('lets a word too wide for half the table break, keeping the other columns’ codes whole', () => {
    const marks = `ATS/1-800/${'X'.repeat(80)}`
    const rows = [[marks, 'CERTIFICATE-OF-ORIGIN-0000000000123']]
    // The marks (360 pt) would break anyway; the reference (140 pt) still gets its width.
    expect(columnMinimums(['Marks', 'Documents'], rows, undefined, metrics, 0, 500)).toEqual([
      20, 140,
    ])
  })
})
