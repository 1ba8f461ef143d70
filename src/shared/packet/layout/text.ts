/**
 * Text as the engine prints it: cleaned, checked against what the font can show, wrapped to a
 * width and fitted into a height (smaller down to 8 pt, then cut with a continuation mark).
 */
import { UNPRINTED_CONTROLS } from '../../codes/printable'
import { MIN_TEXT_SIZE, type FontStyle, type TextMetrics } from './model'

/** Printed instead of right-to-left text (packet.md: never reversed or broken letters). */
export const RTL_NOTICE = '[right-to-left text: not printed — see the declaration file]'
/** Printed instead of text with characters the embedded font has no glyph for. */
export const MISSING_GLYPH_NOTICE =
  '[characters the packet font cannot show: not printed — see the declaration file]'

/** Hebrew, Arabic, Syriac, Thaana, N'Ko … and the Hebrew and Arabic presentation forms. */
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFEFF]/u

/** Printable ASCII and line feeds only: nothing to clean, every glyph in the font. */
const PLAIN_ASCII = /^[\u0020-\u007E\n]*$/

export function hasRightToLeft(text: string): boolean {
  return RIGHT_TO_LEFT.test(text)
}

/**
 * The text to print for a value: NFC, tabs as spaces, line breaks kept, other controls
 * dropped; right-to-left text and characters the font lacks replaced by a plain notice.
 */
export function printable(text: string, metrics: TextMetrics, font: FontStyle = 'regular'): string {
  if (text === '' || PLAIN_ASCII.test(text)) return text
  if (hasRightToLeft(text)) return RTL_NOTICE
  const clean = text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(UNPRINTED_CONTROLS, '')
  const visible = clean.replace(/\n/g, '')
  if (!metrics.covers(visible, font)) return MISSING_GLYPH_NOTICE
  return clean
}

export const lineHeight = (size: number) => size * 1.2

/**
 * Lines of `text` no wider than `width` at `size`: broken at spaces, and inside words that
 * are longer than a line. "\n" starts a new line. The first line may be narrower (`first`).
 */
export function wrap(
  text: string,
  width: number,
  size: number,
  font: FontStyle,
  metrics: TextMetrics,
  first = width,
): string[] {
  const lines: string[] = []
  const firstLimit = first / size
  const limit = width / size
  const space = metrics.width(' ', font)
  for (const paragraph of text.split('\n')) {
    let line = ''
    let lineWidth = 0
    for (const word of paragraph.split(' ')) {
      if (word === '') continue
      const wordWidth = metrics.width(word, font)
      if (
        line !== '' &&
        lineWidth + space + wordWidth <= (lines.length === 0 ? firstLimit : limit)
      ) {
        line += ' ' + word
        lineWidth += space + wordWidth
        continue
      }
      if (line !== '') lines.push(line)
      if (wordWidth <= (lines.length === 0 ? firstLimit : limit)) {
        line = word
        lineWidth = wordWidth
        continue
      }
      // A word longer than the line: break it between characters.
      line = ''
      lineWidth = 0
      for (const char of word) {
        const charWidth = metrics.width(char, font)
        if (line !== '' && lineWidth + charWidth > (lines.length === 0 ? firstLimit : limit)) {
          lines.push(line)
          line = ''
          lineWidth = 0
        }
        line += char
        lineWidth += charWidth
      }
    }
    lines.push(line)
  }
  return lines
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
 * Sets `text` into a `width` × `height` area at the largest of `sizes` where it fits. When it
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
  for (const size of sizes) {
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
