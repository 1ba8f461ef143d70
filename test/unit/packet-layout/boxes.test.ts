/**
 * Boxes and cells keep their text (packet.md, "Rules for every page"): a long value is set
 * smaller down to 8 pt, then continues on a continuation page; nothing crosses a box edge;
 * right-to-left text is printed (arabic.test.ts has more); a character no font has is a
 * visible U+FFFD, the rest of the value printed.
 */
import { describe, expect, it } from 'vitest'
import {
  MARGIN,
  MIN_TEXT_SIZE,
  PAGE_HEIGHT,
  PAGE_WIDTH,
  REPLACEMENT_CHARACTER,
} from '../../../src/shared/packet/layout'
import {
  box,
  doc,
  grid,
  pdfPages,
  pdfWords,
  rendered,
  wordsIn,
  wordsOutsideFrames,
} from './helpers'

const WIDE_NAME = 'Ш'.repeat(70)
/** 512 characters, the longest description a goods item may have. */
const LONG_DESCRIPTION =
  Array.from({ length: 64 }, (_, i) => `word${String(i).padStart(3, '0')}`).join(' ') + '.'

describe('boxes', () => {
  it('uses a description of the longest length', () => {
    expect(LONG_DESCRIPTION).toHaveLength(512)
  })

  it('wraps a name of 70 wide letters inside its box, at the box’s own size', async () => {
    const { pages, file } = await rendered([
      doc('declaration', 'Transit declaration', [
        grid(4, [box('2', 'Consignor', WIDE_NAME, 2), box('8', 'Consignee', WIDE_NAME, 1)]),
      ]),
    ])
    const words = pdfWords(file)
    expect(wordsOutsideFrames(pages, words)).toEqual([])
    for (const number of ['2', '8']) {
      const frame = pages[0]!.frames.find((f) => f.number === number)!
      expect(frame.continued).toBeUndefined()
      const inside = wordsIn(words[0]!, frame).map((w) => w.text)
      // Every letter is there, broken between lines only.
      expect(inside.filter((t) => /^Ш+$/.test(t)).join('')).toBe(WIDE_NAME)
    }
  })

  it('sets a long value smaller (not below 8 pt) before anything is cut', async () => {
    // Item slots on continuation sheets are limited: three items a sheet.
    const item = (n: number) =>
      grid(4, [
        box('31', 'Packages and description of goods', LONG_DESCRIPTION, 3),
        box('32', 'Item', String(n)),
        box('33', 'Commodity code', '520512'),
        box('35', 'Gross mass (kg)', '12 240'),
        box('44', 'Additional information', LONG_DESCRIPTION.slice(0, 300), 4),
        box('46', 'Statistical value', '1 000', 4),
      ])
    const { pages, file } = await rendered([
      doc('declaration', 'Transit declaration', [grid(4, [box('1', 'Declaration', 'T1')])], {
        items: {
          grids: Array.from({ length: 7 }, (_, i) => item(i + 1)),
          firstSheetItems: 1,
          perSheet: 3,
          sheetHeader: grid(4, [box('3', 'Forms', '')]),
        },
      }),
    ])
    const words = pdfWords(file)
    expect(wordsOutsideFrames(pages, words)).toEqual([])
    const frames = pages.flatMap((p) => p.frames).filter((f) => f.number === '31')
    expect(frames).toHaveLength(7)
    for (const frame of frames) {
      expect(frame.size).toBeGreaterThanOrEqual(MIN_TEXT_SIZE)
      expect(frame.continued).toBeUndefined()
    }
    // Three 512-character descriptions do not fit a continuation sheet at 10 pt.
    expect(frames.some((f) => f.size < 10)).toBe(true)
    // Whatever the size, every word of each description is inside its box.
    pages.forEach((page, index) => {
      for (const frame of page.frames.filter((f) => f.number === '31')) {
        const inside = wordsIn(words[index]!, frame).map((w) => w.text)
        for (const word of LONG_DESCRIPTION.split(' ')) expect(inside).toContain(word)
      }
    })
  })

  it('continues a value that does not fit even at 8 pt on a continuation page', async () => {
    const huge = Array.from({ length: 400 }, (_, i) => `lot${i}`).join(' ')
    const { pages, file } = await rendered([
      doc('declaration', 'Transit declaration', [
        grid(4, [box('44', 'Additional information', huge), box('1', 'Declaration', 'T1')]),
      ]),
    ])
    const frame = pages[0]!.frames.find((f) => f.number === '44')!
    expect(frame.size).toBe(MIN_TEXT_SIZE)
    expect(frame.continued).toBe('C1')
    expect(wordsOutsideFrames(pages, pdfWords(file))).toEqual([])
    const texts = pdfPages(file)
    expect(texts[0]).toContain('continued in C1')
    const last = texts[texts.length - 1]!
    expect(last).toContain('continuation of long entries')
    expect(last).toMatch(/C1 · Box 44 Additional information/)
    // The full value, every word, on the continuation page(s).
    const continued = texts.slice(1).join(' ').replace(/\s+/g, ' ')
    expect(continued).toContain(huge)
  })

  it('keeps table cells inside their columns and repeats the header on every page', async () => {
    const rows = Array.from({ length: 150 }, (_, i) => [
      String(i + 1),
      i === 10 ? LONG_DESCRIPTION : `Хлопковая пряжа, lot ${i + 1}`,
      i === 20 ? WIDE_NAME : '520512',
      '1 234.00',
    ])
    const { pages, file } = await rendered([
      doc('invoice', 'Commercial invoice', [
        {
          kind: 'table',
          title: 'Lines',
          columns: [
            { label: 'No.', width: 1, align: 'end' },
            { label: 'Description of goods', width: 6 },
            { label: 'HS code', width: 2 },
            { label: 'Value', width: 2, align: 'end' },
          ],
          rows,
          totals: ['', 'Total', '', '185 100.00'],
        },
      ]),
    ])
    expect(pages.length).toBeGreaterThanOrEqual(3)
    expect(wordsOutsideFrames(pages, pdfWords(file))).toEqual([])
    const texts = pdfPages(file)
    for (const text of texts) {
      expect(text).toContain('Description of goods')
      expect(text).toContain('HS code')
    }
    expect(texts.join('\n')).toContain('185 100.00')
    expect(texts.join('\n')).toContain('Хлопковая пряжа, lot 150')
  })

  it('prints right-to-left text in its box and cell, never a notice', async () => {
    const { pages, file } = await rendered([
      doc('cmr', 'CMR consignment note', [
        grid(2, [
          box('1', 'Sender', 'شرکت حمل و نقل افغان'),
          box('2', 'Consignee', 'Kabul Trading Co. — کابل'),
          box('3', 'Place', 'Kabul'),
        ]),
        {
          kind: 'table',
          columns: [{ label: 'Marks', width: 1 }],
          rows: [['نشان ۱']],
        },
      ]),
    ])
    const text = plain(pdfPages(file).join('\n'))
    expect(text).not.toContain('not printed')
    expect(text).toContain('Kabul Trading Co. — کابل')
    expect(text).toContain('شرکت حمل و نقل افغان')
    // A right-to-left value with a digit on a left-to-right page: pdftotext gives its runs
    // left to right (arabic.test.ts reads a right-to-left page in logical order).
    expect(text).toMatch(/نشان ۱|۱ نشان/)
    const sender = pages[0]!.frames.find((f) => f.number === '1')!
    expect(sender.value).toBe('شرکت حمل و نقل افغان')
    expect(wordsOutsideFrames(pages, pdfWords(file))).toEqual([])
  })

  it('shows a character no font has as a visible replacement, and prints the rest', async () => {
    const { pages, file } = await rendered([
      doc('cmr', 'CMR consignment note', [
        grid(2, [box('1', 'Sender', 'Ningbo 宁波 Trading'), box('2', 'Consignee', 'Қазақстан')]),
      ]),
    ])
    const sender = pages[0]!.frames.find((f) => f.number === '1')!
    expect(sender.value).toBe(`Ningbo ${REPLACEMENT_CHARACTER}${REPLACEMENT_CHARACTER} Trading`)
    const text = pdfPages(file).join('\n')
    expect(text).toContain(`Ningbo ${REPLACEMENT_CHARACTER}${REPLACEMENT_CHARACTER} Trading`)
    expect(text).toContain('Қазақстан')
    expect(text).not.toMatch(/[\u4E00-\u9FFF]/)
    expect(text).not.toContain('cannot show')
  })

  it('prints Kazakh, Uzbek and Russian letters as real text', async () => {
    const letters = 'Қ Ғ Ү Ұ Ө Ә Ң Һ І Ў қ ғ ү ұ ө ә ң һ і ў Жетысу Тошкент'
    const { file } = await rendered([
      doc('invoice', 'Commercial invoice', [grid(1, [box('', 'Seller', letters)])]),
    ])
    const words = pdfWords(file)[0]!.map((w) => w.text)
    for (const word of letters.split(' ')) expect(words).toContain(word)
  })

  it('keeps all text at 8 pt or more and inside 10 mm margins', async () => {
    const { pages, file } = await rendered(
      [
        doc('cover', 'Cover sheet', [
          { kind: 'text', text: 'Small print. '.repeat(80), emphasis: 'small' },
          grid(3, [box('', 'A', 'x'.repeat(300)), box('', 'B', WIDE_NAME)]),
        ]),
      ],
      { draft: false },
    )
    for (const page of pages) {
      for (const op of page.ops) if (op.op === 'text') expect(op.size).toBeGreaterThanOrEqual(8)
    }
    const tenMm = (10 / 25.4) * 72
    expect(MARGIN).toBeGreaterThanOrEqual(tenMm)
    for (const word of pdfWords(file).flat()) {
      expect(word.x0).toBeGreaterThanOrEqual(tenMm)
      expect(word.x1).toBeLessThanOrEqual(PAGE_WIDTH - tenMm)
      expect(word.y0).toBeGreaterThanOrEqual(tenMm)
      expect(word.y1).toBeLessThanOrEqual(PAGE_HEIGHT - tenMm)
    }
  })
})

/** pdftotext's text without the bidi embedding marks it puts around right-to-left runs. */
function plain(text: string): string {
  return text.replace(/[\u202A-\u202E]/g, '').replace(/\s+/g, ' ')
}
