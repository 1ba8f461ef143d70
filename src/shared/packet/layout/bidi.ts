/**
 * Which characters need more than one glyph per character, and the visual order of a line.
 *
 * Arabic script (Urdu, Dari, Pashto) is shaped with Noto Naskh Arabic; everything else is drawn
 * with DejaVu Sans, one glyph a character. Which font draws a character depends on the character
 * alone (never on its neighbours), so a word measures the same alone and inside a line, and
 * wrapping in logical order stays exact.
 *
 * The order on paper follows the Unicode bidirectional algorithm (UAX #9, via bidi-js): a value
 * is wrapped into lines in logical order first, then each line is split into runs of one
 * embedding level and one font, and the runs are put in visual order (rules L1–L2). Digits
 * inside right-to-left text keep their left-to-right order (they are a run of an even level).
 */
import bidiFactory from 'bidi-js'

const bidi = bidiFactory()

/**
 * Hebrew, Arabic, Syriac, Thaana, N'Ko … and the Hebrew and Arabic presentation forms: text
 * that needs the bidirectional algorithm. Text without any of these is drawn left to right as
 * it is, one glyph a character (the fast path).
 */
export const NEEDS_BIDI = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u200C\u200D]/

/** Arabic script and the joiners that steer its shaping (ZWNJ is common in Dari and Pashto). */
export function isArabicScript(point: number): boolean {
  return (
    (point >= 0x0600 && point <= 0x06ff) ||
    (point >= 0x0750 && point <= 0x077f) ||
    (point >= 0x0870 && point <= 0x08ff) ||
    (point >= 0xfb50 && point <= 0xfdff) ||
    (point >= 0xfe70 && point <= 0xfeff) ||
    point === 0x200c ||
    point === 0x200d
  )
}

/**
 * Whether the first strong character of `text` is right-to-left (UAX #9 P2–P3; printed text
 * has no isolates or embeddings, printable() drops them).
 */
export function startsRightToLeft(text: string): boolean {
  if (!NEEDS_BIDI.test(text)) return false
  for (const char of text) {
    const type = bidi.getBidiCharTypeName(char)
    if (type === 'L') return false
    if (type === 'R' || type === 'AL') return true
  }
  return false
}

/**
 * The direction of a value's lines for the drawing operations: right to left (true) or left
 * to right (false) as its first strong character says, and undefined for text that needs no
 * bidirectional algorithm (nearly all, which then carries no flag).
 */
export function paragraphDirection(text: string): boolean | undefined {
  return NEEDS_BIDI.test(text) ? startsRightToLeft(text) : undefined
}

/** A run of a line in visual order: one embedding level, one font. */
export interface VisualRun {
  /** the run's characters in logical order */
  text: string
  /** drawn right to left (an odd embedding level) */
  rtl: boolean
  /** shaped with the Arabic font (else one glyph a character from the main font) */
  arabic: boolean
}

/**
 * The runs of one line, left to right as printed. `arabic(point)` says which characters the
 * Arabic font draws; a space goes with the run it stands in.
 */
export function visualRuns(
  line: string,
  rtl: boolean,
  arabic: (point: number) => boolean,
): VisualRun[] {
  const { levels, units } = visualOrder(line, rtl)
  const kinds = fontKinds(line, arabic)
  const runs: VisualRun[] = []
  let first = -1
  let last = -1
  const flush = () => {
    if (first < 0) return
    const low = Math.min(first, last)
    runs.push({
      text: line.slice(low, Math.max(first, last) + 1),
      rtl: (levels[low]! & 1) === 1,
      arabic: kinds[low] === 1,
    })
    first = -1
  }
  for (const index of units) {
    // One run: the same level and font, and the next character in its reading direction.
    const step = (levels[index]! & 1) === 1 ? -1 : 1
    if (
      first >= 0 &&
      (index - last !== step || levels[index] !== levels[last] || kinds[index] !== kinds[last])
    ) {
      flush()
    }
    if (first < 0) first = index
    last = index
  }
  flush()
  return runs
}

/**
 * Latin words and numbers beside Arabic-script text — a date, a code, an LRN, a time, a name:
 * "2026-02-04", "KZ-ALA-2026-0117", "06T20:24:34Z", "Almaty Trans LLP" — are set apart as one
 * isolate (LRI … PDI) per stretch between Arabic letters, as the screen sets such values apart
 * with `unicode-bidi: isolate`. Without it UAX #9 reads the digits of a date after Arabic letters
 * as Arabic numbers (W2) whose hyphens stay neutral, and prints 2026-02-04 as 04-02-2026. The
 * stretch runs from its first letter or digit to its last (with the brackets around it when it
 * has a pair), so the punctuation at its edges — "نام: Almaty" — stays with the Arabic side,
 * and "(پرنسپل)" keeps its mirrored brackets.
 */
const LATIN_STRETCH =
  /[^\s\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]+(?:\s+[^\s\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]+)*/g
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const DIGIT = /\p{N}/u
const BRACKETS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' }

/** Where the isolate of a stretch starts and ends (end exclusive), or null when it needs none. */
function isolatedSpan(start: number, text: string, rtl: boolean) {
  // In a left-to-right line only numbers need it (Latin letters already read left to right).
  if (!(rtl ? LETTER_OR_DIGIT : DIGIT).test(text)) return null
  const chars = [...text]
  let first = chars.findIndex((c) => LETTER_OR_DIGIT.test(c))
  let last = chars.length - 1 - [...chars].reverse().findIndex((c) => LETTER_OR_DIGIT.test(c))
  if (first > 0 && last < chars.length - 1 && BRACKETS[chars[first - 1]!] === chars[last + 1]) {
    first--
    last++
  }
  const from = start + chars.slice(0, first).join('').length
  return { from, to: from + chars.slice(first, last + 1).join('').length }
}

/** The embedding level of each code unit, and the code units in visual order (rules L1–L2). */
function visualOrder(line: string, rtl: boolean): { levels: Uint8Array; units: number[] } {
  // The line with isolates around its Latin stretches, and where each of its code units came
  // from (-1: an isolate added here).
  let marked = ''
  const origin: number[] = []
  const copy = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      marked += line[i]
      origin.push(i)
    }
  }
  const isolate = (mark: string) => {
    marked += mark
    origin.push(-1)
  }
  let at = 0
  for (const match of line.matchAll(LATIN_STRETCH)) {
    const span = isolatedSpan(match.index, match[0], rtl)
    if (!span) continue
    copy(at, span.from)
    isolate('\u2066')
    copy(span.from, (at = span.to))
    isolate('\u2069')
  }
  copy(at, line.length)
  const embedding = bidi.getEmbeddingLevels(marked, rtl ? 'rtl' : 'ltr')
  const order = Array.from({ length: marked.length }, (_, i) => i)
  for (const [start, end] of bidi.getReorderSegments(marked, embedding)) {
    order.splice(start!, end! - start! + 1, ...order.slice(start, end! + 1).reverse())
  }
  const levels = new Uint8Array(line.length)
  origin.forEach((from, i) => from >= 0 && (levels[from] = embedding.levels[i]!))
  return { levels, units: order.map((i) => origin[i]!).filter((from) => from >= 0) }
}

/**
 * 1 for the code units the Arabic font draws, 0 for the others. A space (and the second half
 * of a surrogate pair) takes the kind of the character before it — at the start of the line,
 * of the one after it — so spaces between Arabic words stay inside the Arabic run.
 */
function fontKinds(line: string, arabic: (point: number) => boolean): Int8Array {
  const kinds = new Int8Array(line.length)
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i)
    const follower = code === 0x20 || (code >= 0xdc00 && code <= 0xdfff && i > 0)
    kinds[i] = follower ? -1 : arabic(line.codePointAt(i)!) ? 1 : 0
  }
  let previous = -1
  for (let i = 0; i < line.length; i++) {
    if (kinds[i]! >= 0) previous = kinds[i]!
    else kinds[i] = previous
  }
  let next = 0
  for (let i = line.length - 1; i >= 0; i--) {
    if (kinds[i]! >= 0) next = kinds[i]!
    else kinds[i] = next
  }
  return kinds
}

/** `text` as drawn right to left one glyph a character: reversed, mirrored, marks kept after their base. */
export function reversedForDrawing(text: string): string {
  const clusters: string[] = []
  for (const char of text) {
    if (clusters.length > 0 && /\p{M}/u.test(char)) clusters[clusters.length - 1] += char
    else clusters.push(bidi.getMirroredCharacter(char) ?? char)
  }
  return clusters.reverse().join('')
}

/**
 * Arabic-Indic digits and the number signs and separators that go with them (bidi classes AN
 * and EN): a run of its own, left to right, inside Arabic text.
 */
export function isArabicNumber(point: number): boolean {
  return (
    (point >= 0x0660 && point <= 0x0669) ||
    point === 0x066b ||
    point === 0x066c ||
    (point >= 0x06f0 && point <= 0x06f9) ||
    (point >= 0x0600 && point <= 0x0605) ||
    point === 0x06dd ||
    point === 0x08e2
  )
}
