/**
 * The Arabic font (Noto Naskh) of one style in one document, with what every packet shares:
 * the words shaped, the visual runs of lines, and which characters it draws.
 *
 * Speed: a 999-item packet with Urdu and Dari goods descriptions prints each description in
 * several documents. Shaping is once per word per process, the bidirectional algorithm once
 * per line per process, and a run's operators once per document (its glyph codes are the
 * document's own), so such a packet stays within 20 % of the same packet in Latin letters
 * (bench/packet.ts).
 */
import type { Font } from '@pdf-lib/fontkit'
import type { PDFDocument } from 'pdf-lib'
import { placeArabicRun, shapeArabic, type PlacedGlyph } from './arabic-shaping'
import { isArabicScript, NEEDS_BIDI, visualRuns, type VisualRun } from './bidi'
import { CidFontSubset } from './cid-font'
import { shapedRunOperators } from './content-stream'

/** Entries kept per cache before it starts afresh (a few MB at most). */
const CACHE_LIMIT = 20_000

/** A cache by text, one map per direction (keys are the texts themselves: no concatenation). */
class ByDirection<T> {
  private readonly maps = [new Map<string, T>(), new Map<string, T>()]

  get(text: string, rtl: boolean, make: () => T): T {
    const cache = this.maps[rtl ? 1 : 0]!
    let value = cache.get(text)
    if (value === undefined) {
      if (cache.size >= CACHE_LIMIT) cache.clear()
      value = make()
      cache.set(text, value)
    }
    return value
  }
}

interface SharedFacts {
  /** 1 where this font draws the character (basic multilingual plane) */
  draws: Uint8Array
  /** right-to-left text, or a character outside Arabic script that only this font has */
  needsRuns: RegExp
  characters: ReadonlySet<number>
  shaped: ByDirection<readonly PlacedGlyph[]>
  widths: ByDirection<number>
  /** widths of whole texts with Arabic script in them (measured by the main font's face) */
  textWidths: ByDirection<number>
  runs: ByDirection<readonly VisualRun[]>
}

/** Which characters the main font has (style-face.ts's MainFont). */
export interface MainCharacters {
  has(point: number): boolean
  /** whether the text has a character the main font lacks */
  lacksAny(text: string): boolean
}

/** Per Arabic font and main font: the same for every packet. */
const sharedFacts = new WeakMap<Font, WeakMap<MainCharacters, SharedFacts>>()

function factsFor(font: Font, main: MainCharacters): SharedFacts {
  let byMain = sharedFacts.get(font)
  if (byMain === undefined) {
    byMain = new WeakMap()
    sharedFacts.set(font, byMain)
  }
  let facts = byMain.get(main)
  if (facts === undefined) {
    const characters = new Set(font.characterSet)
    const draws = new Uint8Array(0x10000)
    let others = ''
    for (const point of characters) {
      // Arabic script, and the few characters only this font has (the Saudi riyal sign …).
      if (point >= 0x10000 || !(isArabicScript(point) || !main.has(point))) continue
      draws[point] = 1
      const char = String.fromCharCode(point)
      if (!NEEDS_BIDI.test(char)) others += `\\u${point.toString(16).padStart(4, '0')}`
    }
    // One character class: the test every line of a packet goes through.
    const needsRuns = new RegExp(`${NEEDS_BIDI.source.slice(0, -1)}${others}]`)
    facts = {
      draws,
      needsRuns,
      characters,
      shaped: new ByDirection(),
      widths: new ByDirection(),
      textWidths: new ByDirection(),
      runs: new ByDirection(),
    }
    byMain.set(main, facts)
  }
  return facts
}

/**
 * The Arabic font of one style in one document. Nothing of it is read (the font parsed, its
 * characters listed) until a packet has a character it may draw: Arabic script, or one the main
 * font lacks — most packets have none.
 */
export class ArabicFace {
  private made: { font: Font; facts: SharedFacts; subset: CidFontSubset } | undefined
  /** this document's operators per run */
  private readonly operators = new ByDirection<string>()
  /** this document's code of each shaped glyph, right to left and left to right */
  private readonly codes = [new WeakMap<PlacedGlyph, string>(), new WeakMap<PlacedGlyph, string>()]

  constructor(
    private readonly parse: () => Font,
    /** the characters the main font has, and its space width at 1 pt */
    private readonly main: MainCharacters,
    private readonly mainSpace: number,
    private readonly doc: PDFDocument,
    private readonly name: string,
  ) {}

  private get font(): Font {
    return this.read().font
  }

  private get facts(): SharedFacts {
    return this.read().facts
  }

  /** The subset of this font the document draws with (made on first use). */
  get subset(): CidFontSubset {
    return this.read().subset
  }

  /** Writes the subset's objects, if the document drew with this font at all. */
  async embed(): Promise<void> {
    await this.made?.subset.embed()
  }

  private read() {
    if (this.made === undefined) {
      const font = this.parse()
      this.made = {
        font,
        facts: factsFor(font, this.main),
        subset: new CidFontSubset(font, this.doc.context, this.name, 'glyphs'),
      }
    }
    return this.made
  }

  has(point: number): boolean {
    return this.facts.characters.has(point)
  }

  /** Whether this font draws the character (else the main font does). */
  draws(point: number): boolean {
    if (point >= 0x10000 || (!isArabicScript(point) && this.main.has(point))) return false
    return this.facts.draws[point] === 1
  }

  shape(word: string, rtl: boolean): readonly PlacedGlyph[] {
    return this.facts.shaped.get(word, rtl, () => shapeArabic(this.font, word, rtl))
  }

  /** The advance of a word (no spaces) at 1 pt. */
  width(word: string, rtl: boolean): number {
    return this.facts.widths.get(word, rtl, () => {
      let total = 0
      for (const glyph of this.shape(word, rtl)) total += glyph.xAdvance
      return total / this.font.unitsPerEm
    })
  }

  /** The width of a whole text with Arabic script in it, `measure`d once. */
  textWidth(text: string, measure: () => number): number {
    return this.facts.textWidths.get(text, false, measure)
  }

  /** Whether a line needs drawing run by run: right-to-left text, or a character of this font. */
  needsRuns(line: string): boolean {
    // Once the font is read, one test; before, only a character the main font lacks reads it.
    if (this.made !== undefined) return this.made.facts.needsRuns.test(line)
    if (NEEDS_BIDI.test(line)) return true
    return this.main.lacksAny(line) && this.facts.needsRuns.test(line)
  }

  /** The runs of a line left to right (bidi.ts), this font drawing its characters. */
  runs(line: string, rtl: boolean): readonly VisualRun[] {
    return this.facts.runs.get(line, rtl, () => visualRuns(line, rtl, (point) => this.draws(point)))
  }

  /** The operators that draw an Arabic run (after its Tf; the same at any size). */
  run(text: string, rtl: boolean): string {
    return this.operators.get(text, rtl, () => {
      const spaceAdvance = this.mainSpace * this.font.unitsPerEm
      const glyphs = placeArabicRun(this.font, text, rtl, spaceAdvance, (word, dir) =>
        this.shape(word, dir),
      )
      const codes = this.codes[rtl ? 1 : 0]!
      return shapedRunOperators(glyphs, rtl, this.font.unitsPerEm, {
        code: (glyph, text, width) => {
          // A shaped glyph (cached, so met again and again) keeps its code in this document.
          let code = codes.get(glyph)
          if (code === undefined) {
            code = this.subset.hexCode(glyph.id, glyph.xOffset, glyph.yOffset, text, width)
            codes.set(glyph, code)
          }
          return code
        },
      })
    })
  }
}
