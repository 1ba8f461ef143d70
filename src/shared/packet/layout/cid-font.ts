/**
 * A font embedded as a subset Type 0 font whose codes name a glyph *and* the text it
 * stands for (and the advance it has where it is placed), so that text extraction gives the
 * letters back.
 *
 * pdf-lib's own embedder uses glyph ids as codes (Identity) and writes the Unicode map from
 * fontkit's glyph cache: one text per glyph. Noto Naskh draws ب ت ث ن ی with one dotless body
 * glyph and the dots as separate glyphs, so one text per glyph cannot be right. Here a code is
 * given to each pair (glyph, text) as first met (CIDToGIDMap maps it to the glyph), the ToUnicode
 * map gives each code its text, and a glyph that only completes a letter (a dot) maps to
 * nothing. Glyphs are written in visual order, as PDF readers expect right-to-left text; they
 * put it back in logical order (pdftotext does: test/unit/packet-layout/arabic.test.ts).
 *
 * A glyph placed with an offset (a dot, a vowel mark) is a moved copy in the subset
 * (ttf-subset.ts), so it sits at the pen like any other glyph of its run's TJ array.
 *
 * Codes are handed out in the order of first use, so the same document gives the same bytes.
 * The main font (style-face.ts) is embedded the same way, a code for each character.
 */
import type { Font } from '@pdf-lib/fontkit'
import { PDFString, type PDFContext, type PDFRef } from 'pdf-lib'
import { raisedBox, ttfSubset, type RaisedGlyph } from './ttf-subset'

/** At most this many entries in one bfchar section (ISO 32000-1, 9.10.3). */
const BFCHAR_LIMIT = 100

/**
 * Where the font descriptor's box, ascent and descent come from: the font's own values, or the
 * box around the glyphs the subset has (see glyphBox).
 */
export type FontBounds = 'font' | 'glyphs'

export class CidFontSubset {
  private reference: PDFRef | undefined
  /** codes by glyph id, then text and width */
  private readonly codes = new Map<number, Map<string, number>>()
  /** glyph (moved by its offset), text and /W width by code; code 0 is .notdef */
  private readonly glyphs: RaisedGlyph[] = [{ id: 0, dx: 0, dy: 0 }]
  private readonly texts: string[] = ['']
  private readonly widths: number[] = [0]
  private readonly scale: number

  constructor(
    private readonly font: Font,
    private readonly context: PDFContext,
    /** the subset's name, with its six-letter tag (ISO 32000 9.6.4) */
    private readonly name: string,
    private readonly bounds: FontBounds,
  ) {
    this.scale = 1000 / font.unitsPerEm
  }

  /** The font's reference, taken on first use (an unused font writes no objects at all). */
  get ref(): PDFRef {
    this.reference ??= this.context.nextRef()
    return this.reference
  }

  /**
   * The code of glyph `id` moved by (`dx`, `dy`) font units, standing for `text`, with `width`
   * (thousandths of the size) as its /W width: the advance the glyph has where it is placed, so
   * that most glyphs of a shaped run need no TJ adjustment at all (a space as wide as the main
   * font's, a kerned letter). The outlines are the glyph's; /W only moves the pen.
   */
  code(id: number, dx: number, dy: number, text: string, width: number): number {
    let byKey = this.codes.get(id)
    if (byKey === undefined) {
      byKey = new Map()
      this.codes.set(id, byKey)
    }
    const key = `${dx} ${dy} ${width} ${text}`
    let code = byKey.get(key)
    if (code === undefined) {
      if (this.glyphs.length > 0xffff) throw new RangeError('Too many shaped glyphs in one packet.')
      code = this.glyphs.length
      this.glyphs.push({ id, dx, dy })
      this.texts.push(text)
      this.widths.push(width)
      byKey.set(key, code)
    }
    return code
  }

  /** The same code as four hex digits, as a hex string in a content stream writes it. */
  hexCode(id: number, dx: number, dy: number, text: string, width: number): string {
    return this.code(id, dx, dy, text, width).toString(16).padStart(4, '0')
  }

  /** Writes the font's objects (after the last page is drawn). */
  async embed(): Promise<void> {
    if (this.reference === undefined) return
    const { context, font, name, scale } = this
    const { bytes: file, ids: subsetIds } = await ttfSubset(font, this.glyphs)
    const map = new Uint8Array(subsetIds.length * 2)
    subsetIds.forEach((id, code) => {
      map[code * 2] = id >> 8
      map[code * 2 + 1] = id & 0xff
    })
    const box = this.bounds === 'font' ? font.bbox : this.glyphBox()
    const ascent = this.bounds === 'font' ? font.ascent : box.maxY
    const descent = this.bounds === 'font' ? font.descent : box.minY
    const descriptor = context.obj({
      Type: 'FontDescriptor',
      FontName: name,
      // Symbolic (bit 3): the font has characters outside the standard Latin set.
      Flags: 4,
      FontBBox: [box.minX, box.minY, box.maxX, box.maxY].map((v) => Math.round(v * scale)),
      // Both packet fonts are upright (and fontkit would decode the whole post table, glyph
      // names and all, to say so).
      ItalicAngle: 0,
      Ascent: Math.round(ascent * scale),
      Descent: Math.round(descent * scale),
      CapHeight: Math.round((font.capHeight || font.ascent) * scale),
      StemV: 80,
      FontFile2: context.register(context.flateStream(file, { Length1: file.length })),
    })
    const cidFont = context.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: name,
      CIDSystemInfo: {
        Registry: PDFString.of('Adobe'),
        Ordering: PDFString.of('Identity'),
        Supplement: 0,
      },
      FontDescriptor: context.register(descriptor),
      W: [0, this.widths],
      CIDToGIDMap: context.register(context.flateStream(map)),
    })
    const toUnicode = context.flateStream(this.unicodeMap())
    context.assign(
      this.reference,
      context.obj({
        Type: 'Font',
        Subtype: 'Type0',
        BaseFont: name,
        Encoding: 'Identity-H',
        DescendantFonts: [context.register(cidFont)],
        ToUnicode: context.register(toUnicode),
      }),
    )
  }

  /**
   * The box around the glyphs this subset has: its FontBBox, Ascent and Descent. The font's
   * own (1.069 em up, 0.634 down, for stacked vowel marks no packet prints) would tell readers
   * that every Arabic line is half again as tall as it is, and text selection and pdftotext's
   * word boxes would cross the box edges that the letters keep to. (Each glyph's box as its
   * glyf header gives it: no outline is traced.)
   */
  private glyphBox(): { minX: number; minY: number; maxX: number; maxY: number } {
    const box = { minX: 0, minY: 0, maxX: 0, maxY: 0 }
    for (const placed of this.glyphs) {
      const glyph = raisedBox(this.font, placed)
      if (glyph === undefined) continue // an empty glyph (a space)
      box.minX = Math.min(box.minX, glyph.minX)
      box.minY = Math.min(box.minY, glyph.minY)
      box.maxX = Math.max(box.maxX, glyph.maxX)
      box.maxY = Math.max(box.maxY, glyph.maxY)
    }
    return box
  }

  /** The ToUnicode CMap: each code's text (UTF-16BE); codes that complete a letter have none. */
  private unicodeMap(): string {
    const entries: string[] = []
    this.texts.forEach((text, code) => {
      if (text === '') return
      const hex = code.toString(16).padStart(4, '0')
      entries.push(`<${hex}> <${utf16Hex(text)}>`)
    })
    const sections: string[] = []
    for (let i = 0; i < entries.length; i += BFCHAR_LIMIT) {
      const chunk = entries.slice(i, i + BFCHAR_LIMIT)
      sections.push(`${chunk.length} beginbfchar\n${chunk.join('\n')}\nendbfchar`)
    }
    return [
      '/CIDInit /ProcSet findresource begin',
      '12 dict begin',
      'begincmap',
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
      '/CMapName /Adobe-Identity-UCS def',
      '/CMapType 2 def',
      '1 begincodespacerange',
      '<0000> <FFFF>',
      'endcodespacerange',
      ...sections,
      'endcmap',
      'CMapName currentdict /CMap defineresource pop',
      'end',
      'end',
    ].join('\n')
  }
}

/** UTF-16BE as hex digits, without a byte order mark (a ToUnicode destination). */
function utf16Hex(text: string): string {
  let hex = ''
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0')
  return hex
}
