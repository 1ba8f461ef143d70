/**
 * What of a text the packet can print: the characters its embedded fonts have (font-coverage.ts),
 * after the cleaning every printed value gets (NFC; controls other than line breaks and tabs,
 * and invisible format characters, dropped). The validator warns about the rest before printing;
 * the layout prints each such character as a visible U+FFFD and the rest of the value as it is.
 */
import { FONT_COVERAGE } from './font-coverage'

/**
 * Controls other than the line feed, and invisible format characters: dropped when printed.
 * The zero-width non-joiner and joiner (U+200C, U+200D) stay: they decide how Arabic-script
 * letters join (Dari and Pashto write "می‌شود" with a non-joiner), and the Arabic font has them.
 */
export const UNPRINTED_CONTROLS = /[^\P{Cc}\n]|[\u200B\u200E\u200F\u202A-\u202E\u2060-\u206F]/gu

/**
 * The basic multilingual plane as one byte a character: 1 where the fonts have the character and
 * printing keeps it as it is (not a control, not a combining mark NFC might fold into another).
 * Built on the first text that is not plain ASCII.
 */
let plainlyPrinted: Uint8Array | null = null

function plainTable(): Uint8Array {
  if (plainlyPrinted) return plainlyPrinted
  const table = new Uint8Array(0x10000)
  for (const [first, last] of FONT_COVERAGE) {
    for (let point = first; point <= Math.min(last, 0xffff); point++) table[point] = 1
  }
  const mark = /\p{M}/u
  for (let point = 0x300; point < 0x10000; point++) {
    if (table[point] === 1 && mark.test(String.fromCharCode(point))) table[point] = 0
  }
  plainlyPrinted = table
  return table
}

/** Printable ASCII, tabs and line breaks: most values, decided by one native scan. */
const PLAIN_ASCII = /^[\u0020-\u007E\t\n\r]*$/

/** Whether every character of `text` is printed as it is (the common case, decided quickly). */
function plainlyPrintable(text: string): boolean {
  if (PLAIN_ASCII.test(text)) return true
  let table: Uint8Array | null = null
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0x20 && code < 0x7f) continue
    if (code === 0x09 || code === 0x0a || code === 0x0d) continue
    table ??= plainTable()
    if (table[code] !== 1) return false
  }
  return true
}

function covered(point: number): boolean {
  let low = 0
  let high = FONT_COVERAGE.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const [first, last] = FONT_COVERAGE[middle]!
    if (point < first) high = middle - 1
    else if (point > last) low = middle + 1
    else return true
  }
  return false
}

/** No element of the format is longer than this; past it a value is too long anyway. */
const LONGEST_VALUE = 2048

/** The characters of `text` the packet's fonts cannot show, each once, in order (at most `max`). */
export function unprintableCharacters(text: string, max = 5): string[] {
  const head = text.length > LONGEST_VALUE ? text.slice(0, LONGEST_VALUE) : text
  if (plainlyPrintable(head)) return []
  const found: string[] = []
  const clean = head.normalize('NFC').replace(UNPRINTED_CONTROLS, '')
  for (const char of clean) {
    if (char === '\n' || char === '\t' || covered(char.codePointAt(0)!)) continue
    if (!found.includes(char)) found.push(char)
    if (found.length === max) break
  }
  return found
}

/** "字 (U+5B57)": a character with its code, so it can be told even where it does not show. */
export function characterName(char: string): string {
  const code = char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')
  return `${char} (U+${code})`
}
