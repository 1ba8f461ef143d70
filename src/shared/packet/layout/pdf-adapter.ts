/**
 * The only module that knows pdf-lib and fontkit: embeds the two fonts (subset), writes each
 * laid-out page as one compressed content stream, and saves with fixed metadata.
 *
 * Speed (packet.md, performance notes): pdf-lib's drawText lays out every call's text with
 * fontkit. Latin and Cyrillic need no shaping, so each character is encoded once per font
 * (its subset glyph id, as hex) and measured once; a line of text is then one `Tj` of the
 * joined codes, and a page's operators are built as one string.
 */
import fontkit from '@pdf-lib/fontkit'
import { PDFDocument, PDFHexString, PDFName, type PDFFont } from 'pdf-lib'
import type { DrawOp, FontStyle, TextMetrics } from './model'

export interface PdfFonts {
  regular: Uint8Array
  bold: Uint8Array
}

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

const FONT_KEYS: Record<FontStyle, string> = { regular: 'F1', bold: 'F2' }

/**
 * Parsing a 750 KB TrueType font takes fontkit a few tens of milliseconds: the parsed font is
 * kept per font bytes (the same Uint8Array each time, as loaded once by the caller) and
 * reused by later packets. fontkit's calls are synchronous and each packet makes its own
 * subset, so packets never share glyph ids.
 */
type Fontkit = Parameters<PDFDocument['registerFontkit']>[0]
const parsedFonts = new WeakMap<Uint8Array, ReturnType<Fontkit['create']>>()
const cachingFontkit: Fontkit = {
  create(bytes, postscriptName) {
    if (postscriptName !== undefined) return fontkit.create(bytes, postscriptName)
    let font = parsedFonts.get(bytes)
    if (font === undefined) {
      font = fontkit.create(bytes)
      parsedFonts.set(bytes, font)
    }
    return font
  },
}

/** Widths at 1 pt and the characters with a glyph, per parsed font: the same for every packet. */
interface FontFacts {
  widths: Map<string, number>
  glyphs: Set<number>
}
const fontFacts = new WeakMap<object, FontFacts>()

/** One embedded font with its per-character caches. */
class Face {
  /** subset glyph codes: this document's own */
  private readonly codes = new Map<string, string>()
  private readonly widths: Map<string, number>
  private readonly glyphs: Set<number>

  constructor(
    readonly font: PDFFont,
    parsed: object,
  ) {
    let facts = fontFacts.get(parsed)
    if (facts === undefined) {
      facts = { widths: new Map(), glyphs: new Set(font.getCharacterSet()) }
      fontFacts.set(parsed, facts)
    }
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

  width(text: string): number {
    let total = 0
    for (const char of text) {
      let width = this.widths.get(char)
      if (width === undefined) {
        width = this.font.widthOfTextAtSize(char, 1)
        this.widths.set(char, width)
      }
      total += width
    }
    return total
  }

  covers(text: string): boolean {
    for (const char of text) {
      if (!this.glyphs.has(char.codePointAt(0)!)) return false
    }
    return true
  }
}

export async function createPdfWriter(fonts: PdfFonts): Promise<PdfWriter> {
  const doc = await PDFDocument.create({ updateMetadata: false })
  doc.registerFontkit(cachingFontkit)
  const face = async (bytes: Uint8Array, name: string) => {
    const font = await doc.embedFont(bytes, { subset: true, customName: name })
    return new Face(font, cachingFontkit.create(bytes))
  }
  const faces: Record<FontStyle, Face> = {
    // A subset's name carries a six-letter tag (ISO 32000 9.6.4); fixed, so the bytes are.
    regular: await face(fonts.regular, 'TDPKTA+DejaVuSans'),
    bold: await face(fonts.bold, 'TDPKTB+DejaVuSans-Bold'),
  }
  const metrics: TextMetrics = {
    width: (text, font) => faces[font].width(text),
    covers: (text, font) => faces[font].covers(text),
  }

  return {
    metrics,
    addPage(width, height, ops) {
      const page = doc.addPage([width, height])
      for (const style of ['regular', 'bold'] as const) {
        page.node.setFontDictionary(PDFName.of(FONT_KEYS[style]), faces[style].font.ref)
      }
      const stream = doc.context.flateStream(contentOf(ops, faces))
      page.node.addContentStream(doc.context.register(stream))
    },
    async save(metadata) {
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

/** A number as PDF writes it: at most two decimals, no exponent, no "-0". */
function num(value: number): string {
  const rounded = Math.round(value * 100) / 100
  return rounded === 0 ? '0' : String(rounded)
}

/** The page's operators: text grouped in BT/ET runs, Tf only when the font or size changes. */
function contentOf(ops: readonly DrawOp[], faces: Record<FontStyle, Face>): string {
  const out: string[] = []
  let inText = false
  let font = ''
  let gray = 0
  // Start of the current text line: plain text moves relative to it (Td), shorter than Tm.
  let lineX = 0
  let lineY = 0
  const endText = () => {
    if (inText) out.push('ET')
    inText = false
  }
  const setGray = (value: number) => {
    if (value !== gray) out.push(`${num(value)} g`)
    gray = value
  }
  for (const op of ops) {
    switch (op.op) {
      case 'text': {
        if (op.text === '') break
        setGray(op.gray ?? 0)
        if (!inText) {
          out.push('BT')
          inText = true
          font = ''
          lineX = 0
          lineY = 0
        }
        const key = `/${FONT_KEYS[op.font]} ${num(op.size)} Tf`
        if (key !== font) {
          out.push(key)
          font = key
        }
        if (op.angle) {
          const radians = (op.angle * Math.PI) / 180
          const cos = Math.cos(radians)
          const sin = Math.sin(radians)
          out.push(
            `${cos.toFixed(4)} ${sin.toFixed(4)} ${(-sin).toFixed(4)} ${cos.toFixed(4)} ${num(op.x)} ${num(op.y)} Tm`,
          )
          out.push(`<${faces[op.font].encode(op.text)}> Tj`)
          // A Td after a rotated Tm would move along the rotated axes: start afresh.
          endText()
          break
        }
        // Positions rounded first, so relative moves add up to exactly the absolute ones.
        const x = Math.round(op.x * 100) / 100
        const y = Math.round(op.y * 100) / 100
        out.push(`${num(x - lineX)} ${num(y - lineY)} Td`)
        lineX = x
        lineY = y
        out.push(`<${faces[op.font].encode(op.text)}> Tj`)
        break
      }
      case 'stroke': {
        endText()
        setGray(0)
        out.push(`${num(op.lineWidth)} w`)
        const r = op.rects
        for (let i = 0; i + 3 < r.length; i += 4) {
          out.push(`${num(r[i]!)} ${num(r[i + 1]!)} ${num(r[i + 2]!)} ${num(r[i + 3]!)} re`)
        }
        out.push('S')
        break
      }
      case 'line': {
        endText()
        setGray(0)
        out.push(
          `${num(op.lineWidth)} w ${num(op.x1)} ${num(op.y1)} m ${num(op.x2)} ${num(op.y2)} l S`,
        )
        break
      }
      case 'fill': {
        endText()
        setGray(0)
        // Bars and modules: exact to 1/1000 pt, one path filled once (no seams between them).
        const r = op.rects
        for (let i = 0; i + 3 < r.length; i += 4) {
          const [x, y, w, h] = [r[i]!, r[i + 1]!, r[i + 2]!, r[i + 3]!]
          out.push(`${x.toFixed(3)} ${y.toFixed(3)} ${w.toFixed(3)} ${h.toFixed(3)} re`)
        }
        out.push('f')
        break
      }
    }
  }
  endText()
  return out.join('\n')
}
