/**
 * Text as the engine prints it: cleaned, checked against what the fonts can show, wrapped to a
 * width and fitted into a height (smaller down to 8 pt, then cut with a continuation mark).
 *
 * Words break only between words (spaces and line feeds): codes and identifiers (HS codes,
 * container numbers, MRNs) print whole. A value is set smaller until its longest word fits;
 * only a word wider than the whole box even at 8 pt is broken, after "/", "-" or "," where it
 * can be — nothing is cut off.
 */
import { UNPRINTED_CONTROLS } from '../../codes/printable'
import { MIN_TEXT_SIZE, type FontStyle, type TextMetrics } from './model'

/** Printed for a character no embedded font has: visible, and the rest of the value kept. */
export const REPLACEMENT_CHARACTER = '\uFFFD'

/** Printable ASCII and line feeds only: nothing to clean, every glyph in the font. */
const PLAIN_ASCII = /^[\u0020-\u007E\n]*$/

/**
 * The text to print for a value: NFC, tabs as spaces, line breaks kept, other controls
 * dropped; a character the fonts lack becomes U+FFFD (the validator names it beforehand).
 */
export function printable(text: string, metrics: TextMetrics, font: FontStyle = 'regular'): string {
  if (text === '' || PLAIN_ASCII.test(text)) return text
  const clean = text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(UNPRINTED_CONTROLS, '')
  if (metrics.covers(clean.replace(/\n/g, ''), font)) return clean
  let shown = ''
  for (const char of clean) {
    shown += char === '\n' || metrics.covers(char, font) ? char : REPLACEMENT_CHARACTER
  }
  return shown
}

export const lineHeight = (size: number) => size * 1.2

/**
 * Lines of `text` no wider than `width` at `size`, broken at spaces; "\n" starts a new line.
 * The first line may be narrower (`first`): a word too wide for it but not for a full line
 * starts on the second. Only a word wider than a full line is broken (breakWord).
 */
export function wrap(
  text: string,
  width: number,
  size: number,
  font: FontStyle,
  metrics: TextMetrics,
  first = width,
): string[] {
  return wrapWords(text, width, size, font, metrics, first).lines
}

/** wrap(), and the width of the widest word at 1 pt (so a caller can tell a word was broken). */
export function wrapWords(
  text: string,
  width: number,
  size: number,
  font: FontStyle,
  metrics: TextMetrics,
  first = width,
): { lines: string[]; widest: number } {
  const lines: string[] = []
  const limit = width / size
  const firstLimit = first / size
  const space = metrics.width(' ', font)
  let widest = 0
  for (const paragraph of text.split('\n')) {
    let line = ''
    let lineWidth = 0
    for (const word of paragraph.split(' ')) {
      if (word === '') continue
      const wordWidth = metrics.width(word, font)
      if (wordWidth > widest) widest = wordWidth
      const room = lines.length === 0 ? firstLimit : limit
      if (line !== '' && lineWidth + space + wordWidth <= room) {
        line += ' ' + word
        lineWidth += space + wordWidth
        continue
      }
      if (line !== '') lines.push(line)
      if (lines.length === 0 && wordWidth > firstLimit && wordWidth <= limit) lines.push('')
      if (wordWidth <= (lines.length === 0 ? firstLimit : limit)) {
        line = word
        lineWidth = wordWidth
        continue
      }
      const pieces = breakWord(word, lines.length === 0 ? firstLimit : limit, limit, font, metrics)
      lines.push(...pieces.slice(0, -1))
      line = pieces[pieces.length - 1]!
      lineWidth = metrics.width(line, font)
    }
    lines.push(line)
  }
  return { lines, widest }
}

/** Letters with their marks: a word is never broken between a letter and its accent. */
const CLUSTERS = /\P{M}\p{M}*|\p{M}+/gu
/** Characters a long word is best broken after. */
const BREAK_AFTER = new Set(['/', '-', ','])

/**
 * A word wider than a line (`room` at 1 pt; `firstRoom` for the first piece) in pieces that
 * fit: each as long as it can be, but ending after "/", "-" or "," when one comes in its
 * second half.
 */
export function breakWord(
  word: string,
  firstRoom: number,
  room: number,
  font: FontStyle,
  metrics: TextMetrics,
): string[] {
  const clusters = word.match(CLUSTERS) ?? [word]
  const pieces: string[] = []
  let start = 0
  while (start < clusters.length) {
    const limit = pieces.length === 0 ? firstRoom : room
    let end = start + 1
    let piece = clusters[start]!
    while (end < clusters.length && metrics.width(piece + clusters[end]!, font) <= limit) {
      piece += clusters[end]!
      end++
    }
    if (end < clusters.length) {
      for (let at = end - 1; at > start && (at - start) * 2 >= end - start; at--) {
        if (BREAK_AFTER.has(clusters[at - 1]!)) {
          end = at
          break
        }
      }
    }
    pieces.push(clusters.slice(start, end).join(''))
    start = end
  }
  return pieces
}

/** The widest word of `text` at 1 pt (words: between spaces and line feeds). */
export function longestWord(text: string, font: FontStyle, metrics: TextMetrics): number {
  let widest = 0
  for (const word of text.split(/[ \n]+/)) {
    if (word !== '') widest = Math.max(widest, metrics.width(word, font))
  }
  return widest
}

/** The largest of `sizes` at which every word of `text` fits `width`; else the smallest. */
export function sizeForWords(
  text: string,
  width: number,
  sizes: readonly number[],
  font: FontStyle,
  metrics: TextMetrics,
): number {
  const widest = longestWord(text, font, metrics)
  return sizes.find((size) => widest * size <= width + 0.01) ?? sizes[sizes.length - 1]!
}

export interface Fitted {
  size: number
  lines: string[]
  /** the text did not fit at the smallest size: the last line is the continuation mark */
  cut: boolean
}

/** Sizes a value may take: its own, then smaller in half points down to 8 pt. */
export function sizesFrom(size: number): number[] {
  const sizes: number[] = []
  for (let s = size; s > MIN_TEXT_SIZE; s -= 0.5) sizes.push(s)
  sizes.push(MIN_TEXT_SIZE)
  return sizes
}

/**
 * Sets `text` into a `width` × `height` area at the largest of `sizes` where it fits with no
 * word broken. When it
 * does not fit even at the smallest, keeps the lines that fit and ends with `mark` (e.g.
 * "… continued: C1"), which the caller prints in full on a continuation page.
 */
export function fit(
  text: string,
  width: number,
  height: number,
  sizes: readonly number[],
  font: FontStyle,
  metrics: TextMetrics,
  mark: () => string,
): Fitted {
  // Sizes at which a word would have to break are passed over (codes print whole).
  const widest = longestWord(text, font, metrics)
  const smallest = sizes[sizes.length - 1]
  for (const size of sizes) {
    if (widest * size > width + 0.01 && size !== smallest) continue
    const lines = wrap(text, width, size, font, metrics)
    if (lines.length * lineHeight(size) <= height + 0.01) return { size, lines, cut: false }
  }
  const size = sizes[sizes.length - 1] ?? MIN_TEXT_SIZE
  const lines = wrap(text, width, size, font, metrics)
  const room = Math.max(1, Math.floor((height + 0.01) / lineHeight(size)))
  const markLines = wrap(mark(), width, size, font, metrics)
  const kept = lines.slice(0, Math.max(0, room - markLines.length))
  return { size, lines: [...kept, ...markLines].slice(0, room), cut: true }
}

/** The largest size from `size` down to 8 pt at which one line of `text` fits `width`. */
export function sizeToFit(
  text: string,
  width: number,
  size: number,
  font: FontStyle,
  metrics: TextMetrics,
): number {
  const natural = metrics.width(text, font)
  if (natural * size <= width) return size
  return Math.max(MIN_TEXT_SIZE, Math.floor((width / natural) * 2) / 2)
}

/** `text` cut with "…" to fit `width` at `size` (for one-line headers only). */
export function ellipsis(
  text: string,
  width: number,
  size: number,
  font: FontStyle,
  metrics: TextMetrics,
): string {
  if (metrics.width(text, font) * size <= width) return text
  const chars = Array.from(text)
  while (chars.length > 0 && metrics.width(chars.join('') + '…', font) * size > width) chars.pop()
  return chars.join('') + '…'
}
