/**
 * The PDF adapter: embeds the fonts (subset), writes each laid-out page as one compressed
 * content stream (content-stream.ts), and saves with fixed metadata. It and its helpers for
 * Arabic script (arabic-face.ts, arabic-shaping.ts, cid-font.ts) are the only modules that
 * know pdf-lib and fontkit; the layout (document.ts, text.ts) sees TextMetrics only.
 *
 * Speed (packet.md, performance notes): pdf-lib's drawText lays out every call's text with
 * fontkit. Latin and Cyrillic need no shaping, so each character is encoded once per font
 * (its subset glyph id, as hex) and measured once; a line of text is then one `Tj` of the
 * joined codes, and a page's operators are built as one string.
 *
 * Arabic script (Urdu, Dari, Pashto) is shaped with Noto Naskh Arabic (arabic-shaping.ts),
 * each word once per packet process, and embedded by cid-font.ts so that its text can be
 * extracted. A character decides its font by itself (bidi.ts), so the width of a text is the
 * sum of its words' and spaces' widths, shaped — what wrapping and fitting count on.
 */
import fontkit, { type Font, type TypeFeatures } from '@pdf-lib/fontkit'
import { PDFDocument, PDFHexString, PDFName, type PDFFont } from 'pdf-lib'
import { ArabicFace } from './arabic-face'
import { isArabicNumber } from './bidi'
import { contentOf, type StyleFaces } from './content-stream'
import { useNativeDeflate } from './native-deflate'
import type { DrawOp, FontStyle, TextMetrics } from './model'

export type FontFaces = Record<FontStyle, Uint8Array>

/** The packet's fonts as bytes. A new family is one more entry, here and in fonts.ts. */
export interface PdfFonts {
  /** DejaVu Sans: Latin, Cyrillic (Kazakh and Uzbek letters included), Greek, symbols */
  sans: FontFaces
  /** Noto Naskh Arabic: Urdu, Dari and Pashto, shaped */
  naskh: FontFaces
}
export type FontFamily = keyof PdfFonts

export interface PdfMetadata {
  title: string
  producer: string
  creator: string
  /** creation and modification date */
  date: Date
  /** 32 hex digits: the file identifier (trailer /ID), fixed for the same input */
  id: string
  language?: string
}

export interface PdfWriter {
  readonly metrics: TextMetrics
  addPage(width: number, height: number, ops: readonly DrawOp[]): void
  save(metadata: PdfMetadata): Promise<Uint8Array>
}

const FONT_KEYS: Record<FontFamily, Record<FontStyle, string>> = {
  sans: { regular: 'F1', bold: 'F2' },
  naskh: { regular: 'F3', bold: 'F4' },
}
/** A subset's name carries a six-letter tag (ISO 32000 9.6.4); fixed, so the bytes are. */
const SUBSET_NAMES: Record<FontFamily, Record<FontStyle, string>> = {
  sans: { regular: 'TDPKTA+DejaVuSans', bold: 'TDPKTB+DejaVuSans-Bold' },
  naskh: { regular: 'TDPKTC+NotoNaskhArabic', bold: 'TDPKTD+NotoNaskhArabic-Bold' },
}

/**
 * Parsing a 750 KB TrueType font takes fontkit a few tens of milliseconds: a parsed font is
 * kept per font bytes (the same Uint8Array each time, as loaded once by the caller) for what
 * every packet may share — its character set, its features, the widths of its characters, and
 * the Arabic font's shaping (cid-font.ts writes that font's Unicode map itself).
 *
 * The main font pdf-lib embeds is parsed anew for each document. fontkit keeps each glyph
 * object with the code points it was first met with, and pdf-lib writes the subset's Unicode
 * map from them; a glyph first met as a component of another (DejaVu draws Cyrillic В and х
 * with Latin B and x) has none, so a later packet in the same process lost those letters from
 * its text: "Box" read "o". Each document's own parse meets its glyphs through its own text.
 */
const parsedFonts = new WeakMap<Uint8Array, Font>()
function parsed(bytes: Uint8Array): Font {
  let font = parsedFonts.get(bytes)
  if (font === undefined) {
    font = fontkit.create(bytes)
    parsedFonts.set(bytes, font)
  }
  return font
}

/** The feature lists of a font's substitution and positioning tables, as fontkit reads them. */
interface LayoutTables {
  GSUB?: { featureList: { tag: string }[] }
  GPOS?: { featureList: { tag: string }[] }
}

/**
 * Every feature of the font turned off, in every script: the main font draws each character
 * with the glyph its cmap gives. Text in it is measured and encoded one character at a time
 * (Face), so no ligature, contextual form or kerning could ever apply, and pdf-lib only adds
 * advances; but fontkit shaped each character with all of the font's GSUB and GPOS features
 * all the same, most of the time a packet's text took (issue 20).
 * test/unit/packet-layout/fonts.test.ts shows that each character of the fonts gets the same
 * glyph either way.
 */
export function unshaped(font: Font): TypeFeatures {
  const tables = font as unknown as LayoutTables
  const tags = [...(tables.GSUB?.featureList ?? []), ...(tables.GPOS?.featureList ?? [])]
  return Object.fromEntries(tags.map(({ tag }) => [tag, false]))
}

/**
 * What every packet shares of a main font (per its bytes): widths at 1 pt, the characters with
 * a glyph, and its features turned off.
 */
interface FontFacts {
  widths: Map<string, number>
  glyphs: Set<number>
  features: TypeFeatures
}
const fontFacts = new WeakMap<Uint8Array, FontFacts>()
function factsOf(bytes: Uint8Array): FontFacts {
  let facts = fontFacts.get(bytes)
  if (facts === undefined) {
    const font = parsed(bytes)
    facts = { widths: new Map(), glyphs: new Set(font.characterSet), features: unshaped(font) }
    fontFacts.set(bytes, facts)
  }
  return facts
}

/** The main font of one style with its per-character caches, and the Arabic font beside it. */
class Face {
  /** subset glyph codes: this document's own */
  private readonly codes = new Map<string, string>()
  private readonly widths: Map<string, number>
  private readonly glyphs: Set<number>

  constructor(
    readonly font: PDFFont,
    facts: FontFacts,
    readonly arabic: ArabicFace,
  ) {
    this.widths = facts.widths
    this.glyphs = facts.glyphs
  }

  /** Hex glyph codes of `text` (Identity-H), four digits a character. */
  encode(text: string): string {
    let hex = ''
    for (const char of text) {
      let code = this.codes.get(char)
      if (code === undefined) {
        code = this.font.encodeText(char).asString()
        this.codes.set(char, code)
      }
      hex += code
    }
    return hex
  }

  /** The advance of `text` at 1 pt; Arabic-script words shaped (never cached per character). */
  width(text: string): number {
    let total = 0
    for (const char of text) {
      let width = this.widths.get(char)
      if (width === undefined) {
        if (this.arabic.draws(char.codePointAt(0)!)) return this.complexWidth(text)
        width = this.font.widthOfTextAtSize(char, 1)
        this.widths.set(char, width)
      }
      total += width
    }
    return total
  }

  /** The width of a text with Arabic script, kept: wrapping measures the same words often. */
  private complexWidth(text: string): number {
    return this.arabic.textWidth(text, () => this.mixedWidth(text))
  }

  /**
   * Words of Arabic letters, and of Arabic digits, shaped as drawn (one bidi run each: the
   * digits are a left-to-right run); everything else, spaces included, per character.
   */
  private mixedWidth(text: string): number {
    let total = 0
    // The current Arabic word: from `start` (−1: none), digits or letters.
    let start = -1
    let number = false
    let index = 0
    for (const char of text) {
      const point = char.codePointAt(0)!
      if (this.arabic.draws(point)) {
        const digit = isArabicNumber(point)
        if (start >= 0 && digit !== number) {
          total += this.arabic.width(text.slice(start, index), !number)
          start = -1
        }
        if (start < 0) start = index
        number = digit
      } else {
        if (start >= 0) total += this.arabic.width(text.slice(start, index), !number)
        start = -1
        total += this.width(char)
      }
      index += char.length
    }
    if (start >= 0) total += this.arabic.width(text.slice(start), !number)
    return total
  }

  covers(text: string): boolean {
    for (const char of text) {
      const point = char.codePointAt(0)!
      if (!this.glyphs.has(point) && !this.arabic.has(point)) return false
    }
    return true
  }

  /** What content-stream.ts needs to draw text in this style; `used` hears of Arabic runs. */
  drawing(style: FontStyle, used: () => void): StyleFaces {
    const arabic = this.arabic
    return {
      mainKey: FONT_KEYS.sans[style],
      arabicKey: FONT_KEYS.naskh[style],
      encode: (text) => this.encode(text),
      needsRuns: (line) => arabic.needsRuns(line),
      runs: (line, rtl) => arabic.runs(line, rtl),
      arabicRun: (text, rtl) => {
        used()
        return arabic.run(text, rtl)
      },
    }
  }
}

export async function createPdfWriter(fonts: PdfFonts): Promise<PdfWriter> {
  const doc = await PDFDocument.create({ updateMetadata: false })
  doc.registerFontkit(fontkit)
  useNativeDeflate(doc.context)
  const face = async (style: FontStyle) => {
    const bytes = fonts.sans[style]
    const facts = factsOf(bytes)
    const font = await doc.embedFont(bytes, {
      subset: true,
      customName: SUBSET_NAMES.sans[style],
      // A copy: fontkit adds to the object it is given.
      features: { ...facts.features },
    })
    const space = font.widthOfTextAtSize(' ', 1)
    const naskh = parsed(fonts.naskh[style])
    const arabic = new ArabicFace(naskh, facts.glyphs, space, doc, SUBSET_NAMES.naskh[style])
    return new Face(font, facts, arabic)
  }
  const faces: Record<FontStyle, Face> = {
    regular: await face('regular'),
    bold: await face('bold'),
  }
  // The Arabic fonts go into a page's resources only when the page draws with them.
  const arabicOnPage = new Set<FontStyle>()
  const drawing: Record<FontStyle, StyleFaces> = {
    regular: faces.regular.drawing('regular', () => arabicOnPage.add('regular')),
    bold: faces.bold.drawing('bold', () => arabicOnPage.add('bold')),
  }
  const metrics: TextMetrics = {
    width: (text, font) => faces[font].width(text),
    covers: (text, font) => faces[font].covers(text),
  }

  return {
    metrics,
    addPage(width, height, ops) {
      const page = doc.addPage([width, height])
      arabicOnPage.clear()
      const stream = doc.context.flateStream(contentOf(ops, drawing))
      for (const style of ['regular', 'bold'] as const) {
        page.node.setFontDictionary(PDFName.of(FONT_KEYS.sans[style]), faces[style].font.ref)
        if (arabicOnPage.has(style)) {
          page.node.setFontDictionary(
            PDFName.of(FONT_KEYS.naskh[style]),
            faces[style].arabic.subset.ref,
          )
        }
      }
      page.node.addContentStream(doc.context.register(stream))
    },
    async save(metadata) {
      for (const style of ['regular', 'bold'] as const) await faces[style].arabic.subset.embed()
      doc.setTitle(metadata.title, { showInWindowTitleBar: true })
      doc.setProducer(metadata.producer)
      doc.setCreator(metadata.creator)
      doc.setCreationDate(metadata.date)
      doc.setModificationDate(metadata.date)
      if (metadata.language !== undefined) doc.setLanguage(metadata.language)
      const id = PDFHexString.of(metadata.id)
      doc.context.trailerInfo.ID = doc.context.obj([id, id])
      return doc.save({
        useObjectStreams: true,
        addDefaultPage: false,
        updateFieldAppearances: false,
        // The writer otherwise yields to the event loop every 50 objects.
        objectsPerTick: Number.POSITIVE_INFINITY,
      })
    },
  }
}
