/**
 * Arabic-script shaping against a reference: HarfBuzz (harfbuzzjs) shapes the same runs with
 * the same font file, and the glyphs the PDF adapter places (placeArabicRun, the function it
 * calls) must be HarfBuzz's — ids, advances and mark offsets.
 */
import fontkit from '@pdf-lib/fontkit'
import * as hb from 'harfbuzzjs'
import { describe, expect, it } from 'vitest'
import { placeArabicRun, shapeArabic } from '../../../src/shared/packet/layout/arabic-shaping'
import { fonts } from './helpers'

interface Shaped {
  id: number
  xAdvance: number
  xOffset: number
  yOffset: number
}

function harfBuzz(bytes: Uint8Array, text: string, rtl: boolean): Shaped[] {
  const copy = bytes.slice().buffer
  const blob = new hb.Blob(copy)
  const face = new hb.Face(blob)
  const font = new hb.Font(face)
  const buffer = new hb.Buffer()
  buffer.addText(text)
  buffer.guessSegmentProperties()
  // Digits are a left-to-right run inside Arabic text (the bidirectional algorithm's doing).
  buffer.setDirection(rtl ? hb.Direction.RTL : hb.Direction.LTR)
  hb.shape(font, buffer)
  const positions = buffer.getGlyphPositions()
  return buffer.getGlyphInfos().map((info, index) => ({
    id: info.codepoint,
    xAdvance: positions[index]!.xAdvance,
    xOffset: positions[index]!.xOffset,
    yOffset: positions[index]!.yOffset,
  }))
}

const shapedOnly = (glyphs: readonly Shaped[]): Shaped[] =>
  glyphs.map(({ id, xAdvance, xOffset, yOffset }) => ({ id, xAdvance, xOffset, yOffset }))

const RUNS = {
  'Dari (the sample consignee)': 'شرکت تجارتی برادران احمدی',
  'Urdu with its own letters': 'ٹرک ڈرائیور کراچی سے لاہور جا رہا ہے',
  'Pashto with its own letters': 'پښتو ټولنه ډېر ګډ ړ ږ ښ ڼ ۍ',
  'Dari with a zero-width non-joiner': 'می‌خواهم کتاب‌ها',
  'Arabic-Indic digits': '۱۲۳۴۵',
  'vowel marks, shadda with fatha': 'مُحَمَّد قُرْآن إِنَّ',
  'lam-alef and the Allah ligature': 'لا الله',
}

describe('Arabic shaping', () => {
  for (const style of ['regular', 'bold'] as const) {
    const bytes = fonts.naskh[style]
    const font = fontkit.create(bytes)
    for (const [name, text] of Object.entries(RUNS)) {
      it(`places ${name} as HarfBuzz shapes it (${style})`, () => {
        const rtl = !/^[۰-۹]+$/.test(text)
        const reference = harfBuzz(bytes, text, rtl)
        // The adapter sets spaces as wide as the main font's (wrapping counts on it):
        // HarfBuzz's space advance is replaced by that one before comparing. (A non-joiner
        // is the space glyph too, with no advance, in both.)
        const space = font.glyphForCodePoint(0x20).id
        const spaceAdvance = 317.87109375
        const expected = reference.map((glyph) =>
          glyph.id === space && glyph.xAdvance > 0 ? { ...glyph, xAdvance: spaceAdvance } : glyph,
        )
        expect(shapedOnly(placeArabicRun(font, text, rtl, spaceAdvance))).toEqual(expected)
      })
    }
  }

  it('says which characters each glyph stands for, in logical order', () => {
    const font = fontkit.create(fonts.naskh.regular)
    const word = shapeArabic(font, 'بتث', true)
    // Left to right as printed: the last letter first. Dots are glyphs of their own with
    // no text; every letter is named once.
    const texts = word.map((g) => g.text).filter(Boolean)
    expect(texts).toEqual(['ث', 'ت', 'ب'])
    expect(word.length).toBeGreaterThan(3)
    // A vowel mark goes with its letter; lam-alef names both letters.
    expect(
      shapeArabic(font, 'مُ', true)
        .map((g) => g.text)
        .filter(Boolean),
    ).toEqual(['مُ'])
    const lamAlef = shapeArabic(font, 'لا', true)
    expect(lamAlef.map((g) => g.text).join('')).toContain('ل')
    expect(lamAlef.map((g) => g.text).join('')).toContain('ا')
  })

  it('shapes a word the same however often and after whatever else it shaped', () => {
    const font = fontkit.create(fonts.naskh.regular)
    const first = shapeArabic(font, 'کابل', true)
    for (const text of Object.values(RUNS)) shapeArabic(font, text, true)
    shapeArabic(font, 'ٮ ە ه ی ي', true)
    expect(shapeArabic(font, 'کابل', true)).toEqual(first)
  })
})
