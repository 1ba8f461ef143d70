/**
 * Codes and identifiers never break across lines (corridor.md): HS codes, container numbers,
 * MRNs and references print whole — the value is set smaller, a table column is made wide
 * enough — and words break only between words. Read back with `pdftotext -bbox-layout`.
 */
import { describe, expect, it } from 'vitest'
import type { JsonObject } from '../../../src/shared/json'
import { buildPacketContent } from '../../../src/shared/packet/documents'
import { MIN_TEXT_SIZE } from '../../../src/shared/packet/layout'
import { sample } from '../packet/helpers'
import { validSamples } from '../samples'
import {
  box,
  doc,
  GENERATED_AT,
  grid,
  pdfWords,
  rendered,
  wordsIn,
  wordsOutsideFrames,
  type Word,
} from './helpers'

const HS_CODE = '8701930000'
const CONTAINER = 'MSKU1234565'
const MRN = '26PK00012345678901'

/** Codes that pdftotext shows split over two lines: a word ends a piece, the next line's first word carries on. */
function splitCodes(pages: readonly Word[][], codes: readonly string[]): string[] {
  const split: string[] = []
  for (const words of pages) {
    words.forEach((word, index) => {
      const next = words[index + 1]
      if (next === undefined || next.y1 > word.y0 + 0.5) return // same line or above
      for (const code of codes) {
        if (word.text.includes(code) || next.text.includes(code)) continue
        if ((word.text + next.text).includes(code)) split.push(`${word.text} / ${next.text}`)
      }
    })
  }
  return split
}

describe('codes and identifiers', () => {
  it('print whole in a narrow box: the value is set smaller instead', async () => {
    const value = `HS ${HS_CODE} container ${CONTAINER} MRN ${MRN}`
    const { pages, file } = await rendered([
      doc('declaration', 'Transit declaration', [
        grid(5, [box('33', 'Commodity code', value), box('31', 'Marks', value, 2)]),
      ]),
    ])
    const words = pdfWords(file)
    expect(wordsOutsideFrames(pages, words)).toEqual([])
    expect(splitCodes(words, [HS_CODE, CONTAINER, MRN])).toEqual([])
    const frame = pages[0]!.frames.find((f) => f.number === '33')!
    // The MRN is wider than the box at 10 pt: the value is set smaller, not below 8 pt.
    expect(frame.size).toBeLessThan(10)
    expect(frame.size).toBeGreaterThanOrEqual(MIN_TEXT_SIZE)
    const inside = wordsIn(words[0]!, frame).map((w) => w.text)
    for (const code of [HS_CODE, CONTAINER, MRN]) expect(inside).toContain(code)
  })

  it('print whole in a narrow table column, and header words too', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => [
      String(i + 1),
      `Tractor unit ${i + 1}, road, new`,
      HS_CODE,
      `${CONTAINER} ${MRN}`,
      '1 234 567.00',
    ])
    const { pages, file } = await rendered([
      doc('invoice', 'Commercial invoice', [
        {
          kind: 'table',
          columns: [
            { label: 'No.', width: 1 },
            { label: 'Description of goods', width: 12 },
            { label: 'HS code', width: 1 },
            { label: 'Containers', width: 1 },
            { label: 'Total', width: 1, align: 'end' },
          ],
          rows,
          totals: ['', 'Total', '', '', '14 814 804.00'],
        },
      ]),
    ])
    const words = pdfWords(file)
    expect(wordsOutsideFrames(pages, words)).toEqual([])
    expect(splitCodes(words, [HS_CODE, CONTAINER, MRN, '567.00', '14 814 804.00'])).toEqual([])
    const texts = words.flat().map((w) => w.text)
    for (const code of [HS_CODE, CONTAINER, MRN, 'Total', 'Containers', '804.00']) {
      expect(texts).toContain(code)
    }
    expect(texts).not.toContain('Tot')
  })

  it('break a free-text word wider than its box only, after "/" or "-"', async () => {
    const long = `${'A'.repeat(18)}/${'B'.repeat(18)}-${'C'.repeat(18)}`
    const { pages, file } = await rendered([
      doc('cmr', 'CMR', [
        grid(4, [box('1', 'Sender', `Goods ${long} end`), box('2', 'Consignee', 'x', 3)]),
      ]),
    ])
    const words = wordsIn(
      pdfWords(file)[0]!,
      pages[0]!.frames.find((f) => f.number === '1')!,
    )
    const texts = words.map((w) => w.text)
    expect(texts.join('')).toContain(long.replace(/\s/g, ''))
    expect(texts.some((t) => t.endsWith('/') || t.endsWith('-'))).toBe(true)
    expect(texts).toContain('Goods')
    expect(texts).toContain('end')
  })

  it.each(validSamples)('%s: no code is split between lines in the packet', async (name) => {
    const declaration = sample(name)
    const { pages, file } = await rendered(
      buildPacketContent(declaration, { generatedAt: GENERATED_AT }),
    )
    const codes = codesOf(declaration)
    expect(codes.length).toBeGreaterThan(0)
    expect(splitCodes(pdfWords(file), codes)).toEqual([])
    expect(pages.length).toBeGreaterThan(0)
  })
})

/** HS codes, containers, references and seals of a declaration file. */
function codesOf(value: unknown, key = ''): string[] {
  if (typeof value === 'string') {
    return /^(hsCode|containers|reference|seals|lrn|identity|\d+)$/.test(key) && /\d/.test(value)
      ? value.split(' ').filter((part) => part.length >= 5)
      : []
  }
  if (Array.isArray(value)) return value.flatMap((v) => codesOf(v, key))
  if (value !== null && typeof value === 'object') {
    return Object.entries(value as JsonObject).flatMap(([k, v]) => codesOf(v, k))
  }
  return []
}
