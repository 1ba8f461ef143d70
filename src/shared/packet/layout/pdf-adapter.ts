/**
 * The PDF adapter: embeds the fonts (subset), writes each laid-out page as one compressed
 * content stream (content-stream.ts), and saves with fixed metadata. It and its helpers
 * (style-face.ts, arabic-face.ts, arabic-shaping.ts, cid-font.ts) are the only modules that
 * know pdf-lib and fontkit; the layout (document.ts, text.ts) sees TextMetrics only.
 *
 * Speed (packet.md, performance notes): pdf-lib's drawText lays out every call's text with
 * fontkit. Latin and Cyrillic need no shaping, so each character is encoded once per document
 * (its code in the subset, as hex) and measured once per process (style-face.ts); a line of
 * text is then one `Tj` of the joined codes, and a page's operators are built as one string.
 *
 * Arabic script (Urdu, Dari, Pashto) is shaped with Noto Naskh Arabic (arabic-shaping.ts),
 * each word once per packet process, and embedded by cid-font.ts so that its text can be
 * extracted. A character decides its font by itself (bidi.ts), so the width of a text is the
 * sum of its words' and spaces' widths, shaped — what wrapping and fitting count on.
 */
import fontkit, { type Font } from '@pdf-lib/fontkit'
import { PDFDocument, PDFHexString, PDFName } from 'pdf-lib'
import { ArabicFace } from './arabic-face'
import { contentOf, type StyleFaces } from './content-stream'
import { useNativeDeflate } from './native-deflate'
import type { DrawOp, FontStyle, TextMetrics } from './model'
import { MainFont, StyleFace, type FaceKeys } from './style-face'

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
const keysOf = (style: FontStyle): FaceKeys => ({
  main: FONT_KEYS.sans[style],
  arabic: FONT_KEYS.naskh[style],
})
/** A subset's name carries a six-letter tag (ISO 32000 9.6.4); fixed, so the bytes are. */
const SUBSET_NAMES: Record<FontFamily, Record<FontStyle, string>> = {
  sans: { regular: 'TDPKTA+DejaVuSans', bold: 'TDPKTB+DejaVuSans-Bold' },
  naskh: { regular: 'TDPKTC+NotoNaskhArabic', bold: 'TDPKTD+NotoNaskhArabic-Bold' },
}

/**
 * Parsing a 750 KB TrueType font takes fontkit a few tens of milliseconds: a parsed font is
 * kept per font bytes (the same Uint8Array each time, as loaded once by the caller), with what
 * every packet may share — its characters and their glyphs and widths (style-face.ts), and
 * the Arabic font's shaping (arabic-face.ts). Neither font's Unicode map comes from fontkit's
 * glyph cache (cid-font.ts writes each code's text itself), so documents share them safely.
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

const mainFonts = new WeakMap<Uint8Array, MainFont>()
function mainFont(bytes: Uint8Array): MainFont {
  let main = mainFonts.get(bytes)
  if (main === undefined) {
    main = new MainFont(parsed(bytes))
    mainFonts.set(bytes, main)
  }
  return main
}

export async function createPdfWriter(fonts: PdfFonts): Promise<PdfWriter> {
  const doc = await PDFDocument.create({ updateMetadata: false })
  useNativeDeflate(doc.context)
  const face = (style: FontStyle) => {
    const main = mainFont(fonts.sans[style])
    const space = main.glyph(0x20).width
    const naskh = () => parsed(fonts.naskh[style])
    const arabic = new ArabicFace(naskh, main, space, doc, SUBSET_NAMES.naskh[style])
    return new StyleFace(main, arabic, doc.context, SUBSET_NAMES.sans[style])
  }
  const faces: Record<FontStyle, StyleFace> = { regular: face('regular'), bold: face('bold') }
  // The Arabic fonts go into a page's resources only when the page draws with them.
  const arabicOnPage = new Set<FontStyle>()
  const drawing: Record<FontStyle, StyleFaces> = {
    regular: faces.regular.drawing(keysOf('regular'), () => arabicOnPage.add('regular')),
    bold: faces.bold.drawing(keysOf('bold'), () => arabicOnPage.add('bold')),
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
        page.node.setFontDictionary(PDFName.of(FONT_KEYS.sans[style]), faces[style].subset.ref)
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
      for (const style of ['regular', 'bold'] as const) {
        await faces[style].subset.embed()
        await faces[style].arabic.embed()
      }
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
