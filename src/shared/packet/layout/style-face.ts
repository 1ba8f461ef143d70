/**
 * One style of the packet's text in one document: the main font (DejaVu), which draws each
 * character with the glyph its cmap gives, and the Arabic font (Noto Naskh) beside it for
 * Arabic script, shaped (arabic-face.ts).
 *
 * The main font needs no shaping: Latin, Cyrillic and the corridor's other alphabets have no
 * contextual forms, and a character's glyph and advance are the cmap's and the hmtx's
 * (test/unit/packet-layout/fonts.test.ts shows fontkit's shaping gives each character of both
 * weights the same). So the main font is embedded like the Arabic one, by cid-font.ts: a code
 * per character, whose ToUnicode entry is that character, rather than through pdf-lib's
 * embedder, which ran fontkit's whole layout engine for every character it met and wrote the
 * Unicode map from fontkit's glyph cache (which names only the character a glyph was first met
 * with: DejaVu draws Cyrillic В and х with Latin B and x, and a later packet in the same
 * process lost those letters from its text).
 */
import type { Font } from '@pdf-lib/fontkit'
import type { PDFContext } from 'pdf-lib'
import type { ArabicFace } from './arabic-face'
import { isArabicNumber } from './bidi'
import { CidFontSubset } from './cid-font'
import type { StyleFaces } from './content-stream'

/** A character's glyph in the main font, and its advance at 1 pt. */
interface MainGlyph {
  id: number
  width: number
  /** whether the font has the character (else `id` is .notdef, 0) */
  inFont: boolean
}

/**
 * Characters that are never seen (Unicode's Default_Ignorable_Code_Point: soft hyphen, zero-width
 * space and joiners, direction marks and overrides, variation selectors …). Shaping engines draw
 * them as nothing (fontkit: the space glyph, advancing nothing); DejaVu has a visible glyph for
 * the soft hyphen, which would print a hyphen inside the word.
 */
const INVISIBLE = /^\p{Default_Ignorable_Code_Point}$/u

/** fontkit's own cmap and hmtx readers, which its glyphForCodePoint goes through. */
interface FontTables {
  _cmapProcessor: { lookup(codePoint: number): number }
  hmtx: { metrics: { length: number; get(index: number): { advance: number } } }
}

/**
 * What every packet shares of a main font: each character's glyph as met — looked up in the
 * cmap and the hmtx directly. fontkit's glyphForCodePoint would also make a glyph object that
 * looks up the character's Unicode category (inflating a table of every character on first
 * use) and the glyph's outline box (for vertical metrics), neither of which is drawn; and its
 * characterSet decodes the whole cmap to list the few hundred characters a packet has.
 */
export class MainFont {
  /** the glyphs met, by code point: an array for the basic multilingual plane (the hot path) */
  private readonly bmp: (MainGlyph | undefined)[] = new Array<MainGlyph | undefined>(0x10000)
  private readonly astral = new Map<number, MainGlyph>()
  private readonly tables: FontTables
  private readonly space: number

  constructor(readonly font: Font) {
    this.tables = font as unknown as FontTables
    this.space = this.tables._cmapProcessor.lookup(0x20)
  }

  /** Whether the font has a glyph for the character. */
  has(point: number): boolean {
    return this.glyph(point).inFont
  }

  /** Whether `text` has a character the font lacks. */
  lacksAny(text: string): boolean {
    for (let i = 0; i < text.length; i++) {
      const point = text.codePointAt(i)!
      if (!this.glyph(point).inFont) return true
      if (point > 0xffff) i++
    }
    return false
  }

  glyph(point: number): MainGlyph {
    const met = point < 0x10000 ? this.bmp[point] : this.astral.get(point)
    if (met !== undefined) return met
    const id = this.tables._cmapProcessor.lookup(point)
    const inFont = id !== 0
    const glyph = INVISIBLE.test(String.fromCodePoint(point))
      ? { id: this.space, width: 0, inFont }
      : { id, width: this.advance(id) / this.font.unitsPerEm, inFont }
    if (point < 0x10000) this.bmp[point] = glyph
    else this.astral.set(point, glyph)
    return glyph
  }

  /** A glyph's advance: its hmtx entry, or the last one's beyond them (TrueType 'hmtx'). */
  private advance(id: number): number {
    const { metrics } = this.tables.hmtx
    return metrics.get(Math.min(id, metrics.length - 1)).advance
  }
}

/**
 * A two-byte code inside a literal string: each byte as the character of that value, but the
 * parentheses and backslash escaped, and the end-of-line bytes too, which a reader would
 * otherwise take as a line end (ISO 32000-1, 7.3.4.2).
 */
function literalBytes(code: number): string {
  return literalByte(code >> 8) + literalByte(code & 0xff)
}

const ESCAPED: Record<number, string> = {
  0x0a: '\\n',
  0x0d: '\\r',
  0x28: '\\(',
  0x29: '\\)',
  0x5c: '\\\\',
}
const literalByte = (byte: number) => ESCAPED[byte] ?? String.fromCharCode(byte)

/** Resource names of the main and the Arabic font of a style, on every page. */
export interface FaceKeys {
  main: string
  arabic: string
}

export class StyleFace {
  readonly subset: CidFontSubset
  /** this document's code of each character */
  private readonly codes = new Map<string, string>()

  constructor(
    private readonly main: MainFont,
    readonly arabic: ArabicFace,
    context: PDFContext,
    /** the main font's subset name, with its six-letter tag */
    name: string,
  ) {
    this.subset = new CidFontSubset(main.font, context, name, 'font')
  }

  /**
   * `text` as a literal string of its two-byte codes (Identity-H), the bytes as they are: half
   * the size of hex digits, in the content a packet compresses (megabytes at 999 items).
   */
  encode(text: string): string {
    let bytes = ''
    for (const char of text) {
      let code = this.codes.get(char)
      if (code === undefined) {
        const glyph = this.main.glyph(char.codePointAt(0)!)
        code = literalBytes(this.subset.code(glyph.id, 0, 0, char, glyph.width * 1000))
        this.codes.set(char, code)
      }
      bytes += code
    }
    return `(${bytes})`
  }

  /** The advance of `text` at 1 pt; Arabic-script words shaped (never cached per character). */
  width(text: string): number {
    let total = 0
    for (const char of text) {
      const point = char.codePointAt(0)!
      if (this.arabic.draws(point)) return this.complexWidth(text)
      total += this.main.glyph(point).width
    }
    return total
  }

  covers(text: string): boolean {
    for (const char of text) {
      const point = char.codePointAt(0)!
      if (!this.main.has(point) && !this.arabic.has(point)) return false
    }
    return true
  }

  /** What content-stream.ts needs to draw text in this style; `used` hears of Arabic runs. */
  drawing(keys: FaceKeys, used: () => void): StyleFaces {
    const arabic = this.arabic
    return {
      mainKey: keys.main,
      arabicKey: keys.arabic,
      encode: (text) => this.encode(text),
      needsRuns: (line) => arabic.needsRuns(line),
      runs: (line, rtl) => arabic.runs(line, rtl),
      arabicRun: (text, rtl) => {
        used()
        return arabic.run(text, rtl)
      },
    }
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
        total += this.main.glyph(point).width
      }
      index += char.length
    }
    if (start >= 0) total += this.arabic.width(text.slice(start), !number)
    return total
  }
}
