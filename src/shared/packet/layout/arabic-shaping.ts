/**
 * Arabic-script text shaped with fontkit's OpenType engine (GSUB joining forms and ligatures,
 * GPOS mark positioning), glyph by glyph with the characters each glyph stands for.
 *
 * Why the characters: Noto Naskh Arabic 2 draws a letter as a dotless body plus its dots as
 * separate mark glyphs, and one body serves ب ت ث ن ی …, so a glyph alone cannot say which
 * letter it shows. fontkit knows it while shaping (its GlyphInfo objects carry the code points
 * of each output glyph; a letter split in two keeps them on its first glyph, a ligature gets
 * all of its letters), but returns glyphs from a cache shared by every layout, whose code
 * points are those of the glyph's first use. So the OpenType engine's infos are kept as it
 * cleans up (a wrapper around its `cleanup`), and the input glyphs are built here from the
 * character map with their own code points, so shaping never depends on what came before.
 *
 * Checked against HarfBuzz on the same font file (test/unit/packet-layout/shaping.test.ts):
 * the same glyphs, advances and offsets.
 */
import type { Font, GlyphRun } from '@pdf-lib/fontkit'

/** One glyph as placed, in font units; a run's glyphs come left to right as printed. */
export interface PlacedGlyph {
  id: number
  /** pen movement after this glyph */
  xAdvance: number
  /** where the glyph is drawn from the pen */
  xOffset: number
  yOffset: number
  /**
   * the characters this glyph stands for, in logical order: several for a ligature, '' for the
   * second and later glyphs of one character (the dots of a dotted letter)
   */
  text: string
}

interface GlyphInfo {
  id: number
  codePoints: number[]
}

/** The parts of fontkit 1.x used here that its type declarations leave out. */
interface FontkitInternals {
  layout(
    glyphs: GlyphInfo[],
    features: string[],
    script: string,
    language: string | undefined,
    direction: 'ltr' | 'rtl',
  ): GlyphRun
  _layoutEngine: { engine?: { glyphInfos: GlyphInfo[] | null; cleanup(): void } }
}

/** The OpenType engine's glyph infos of the last layout, per font. */
const lastInfos = new WeakMap<object, { infos: GlyphInfo[] | null }>()

function watched(font: Font): { infos: GlyphInfo[] | null } {
  let slot = lastInfos.get(font)
  if (slot !== undefined) return slot
  const engine = (font as unknown as FontkitInternals)._layoutEngine.engine
  if (engine === undefined || typeof engine.cleanup !== 'function') {
    throw new Error('The Arabic font has no OpenType layout tables (GSUB/GPOS).')
  }
  const state: { infos: GlyphInfo[] | null } = { infos: null }
  const cleanup = engine.cleanup
  engine.cleanup = function (this: typeof engine) {
    state.infos = this.glyphInfos
    cleanup.call(this)
  }
  lastInfos.set(font, state)
  slot = state
  return slot
}

/**
 * Shadda before the other vowel marks on one letter, as HarfBuzz orders them (its modified
 * combining classes; Unicode's canonical order puts fatha, damma, kasra and the tanwin first).
 * fontkit keeps the order given, and the font's mark stacking expects HarfBuzz's.
 */
const SHADDA_FIRST = /([\u064B-\u0650]+)\u0651/g

/** `text` (one direction, Arabic-script characters) shaped with `font`; glyphs left to right. */
export function shapeArabic(font: Font, text: string, rtl: boolean): PlacedGlyph[] {
  const slot = watched(font)
  const input: GlyphInfo[] = []
  for (const char of text.replace(SHADDA_FIRST, '\u0651$1')) {
    const point = char.codePointAt(0)!
    input.push({ id: font.glyphForCodePoint(point).id, codePoints: [point] })
  }
  if (input.length === 0) return []
  slot.infos = null
  const run = (font as unknown as FontkitInternals).layout(
    input,
    [],
    'arab',
    undefined,
    rtl ? 'rtl' : 'ltr',
  )
  const infos = slot.infos as GlyphInfo[] | null
  if (infos === null || infos.length !== run.glyphs.length) {
    throw new Error('fontkit did not report the characters of the shaped glyphs.')
  }
  const texts = clusterTexts(infos)
  const placed = run.glyphs.map((glyph, index) => {
    const position = run.positions[index]!
    // fontkit reverses glyphs and positions of a right-to-left run, not its infos.
    const text = texts[rtl ? texts.length - 1 - index : index]!
    return {
      id: glyph.id,
      xAdvance: position.xAdvance,
      xOffset: position.xOffset,
      yOffset: position.yOffset,
      text,
    }
  })
  return placed
}

const MARKS_ONLY = /^\p{M}+$/u

/**
 * The text of each glyph (logical order). A vowel mark's text goes to the letter it sits on,
 * so a reader gets "مُ" as one unit: PDF readers reorder right-to-left text glyph by glyph,
 * and a mark of its own, drawn over its letter, would come out before it or apart from it.
 */
function clusterTexts(infos: readonly GlyphInfo[]): string[] {
  const texts = infos.map((info) => String.fromCodePoint(...info.codePoints))
  let base = -1
  texts.forEach((text, index) => {
    if (base >= 0 && MARKS_ONLY.test(text)) {
      texts[base] += text
      texts[index] = ''
    } else if (text !== '') {
      base = index
    }
  })
  return texts
}

/**
 * A run of Arabic words as placed: each word shaped on its own (cached by `shape`), the
 * spaces between them the font's space glyph moved on by `spaceAdvance` (font units), so a
 * run is exactly as wide as its words and spaces measured one by one — what wrapping counts.
 */
export function placeArabicRun(
  font: Font,
  text: string,
  rtl: boolean,
  spaceAdvance: number,
  shape: (word: string, rtl: boolean) => readonly PlacedGlyph[] = (word, dir) =>
    shapeArabic(font, word, dir),
): PlacedGlyph[] {
  const space: PlacedGlyph = {
    id: font.glyphForCodePoint(0x20).id,
    xAdvance: spaceAdvance,
    xOffset: 0,
    yOffset: 0,
    text: ' ',
  }
  const words = text.split(' ')
  if (rtl) words.reverse()
  const placed: PlacedGlyph[] = []
  words.forEach((word, index) => {
    if (index > 0) placed.push(space)
    if (word !== '') placed.push(...shape(word, rtl))
  })
  return placed
}
