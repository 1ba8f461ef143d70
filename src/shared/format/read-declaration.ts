/**
 * Reading an exchange file: decide whether it is readable at all (declaration-format.md,
 * "Reading files") and list the unknown elements it carries. Whether the declaration is
 * *valid* is the validator's business: a readable draft with faults still imports.
 *
 * Besides what the format names (size, JSON, format), a file is refused when it holds what the
 * app could not carry intact: arrays and objects nested deeper than MAX_NESTING_DEPTH (a
 * worker, IPC or any recursive walk would fail on it), a number that overflows to ±Infinity
 * (export would write it as null), or more than MAX_UNKNOWN_ELEMENTS unknown elements (listing
 * them froze the window). Every refusal is one sentence naming the file, in the words of the
 * catalogue (`read.*`).
 */
import { englishText } from '../i18n/en/english-text'
import { isJsonObject, toPointer, type JsonObject, type JsonPath } from '../json'
import type { Translate } from '../validation/describe'
import {
  DECLARATION_FORMAT,
  MAX_DECLARATION_FILE_BYTES,
  MAX_NESTING_DEPTH,
  MAX_UNKNOWN_ELEMENTS,
  UNKNOWN_ELEMENTS_LISTED,
} from './constants'
import { DeclarationFileSchema } from './schema'
import { findUnknownElements } from './unknown-elements'

export type ReadDeclarationResult =
  { ok: true; declaration: JsonObject; warnings: string[] } | { ok: false; message: string }

/**
 * The bytes of a file as UTF-8 text, decoded strictly: bytes that are not UTF-8 refuse the file
 * (a genuine U+FFFD in it is just a character). A byte order mark is dropped. Every reader of
 * declaration files (the desktop's main process, the browser, the command line) decodes here.
 */
export function decodeDeclarationBytes(
  fileName: string,
  bytes: Uint8Array,
  t: Translate = englishText,
): { text: string } | { message: string } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    return { message: refusal(fileName, t('read.notUtf8'), t) }
  }
}

/**
 * @param text the file decoded by decodeDeclarationBytes
 * @param byteLength the file's size on disk, checked before anything else
 * @param t the translator of the words (the English catalogue when none is given)
 */
export function readDeclarationText(
  fileName: string,
  text: string,
  byteLength: number,
  t: Translate = englishText,
): ReadDeclarationResult {
  const refuse = (reason: string): ReadDeclarationResult => ({
    ok: false,
    message: refusal(fileName, reason, t),
  })
  if (byteLength > MAX_DECLARATION_FILE_BYTES) {
    return refuse(t('read.tooLarge', { size: formatMiB(byteLength), limit: formatMiB() }))
  }
  if (byteLength === 0 || text.trim() === '') return refuse(t('read.empty'))
  // Valid UTF-8, but JSON has no NUL outside a string's escape: a binary or UTF-16 file.
  if (text.includes('\u0000')) return refuse(t('read.notUtf8'))
  if (nestsDeeperThan(text, MAX_NESTING_DEPTH)) {
    return refuse(t('read.tooDeep', { max: MAX_NESTING_DEPTH }))
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (error) {
    // V8 quotes the offending text, which may hold line breaks: keep the message one line.
    const detail = (error as Error).message.replace(/[\s\p{Cc}]+/gu, ' ').trim()
    return refuse(t('read.notJson', { detail }))
  }
  if (!isJsonObject(parsed)) return refuse(t('read.notObject'))
  if (!Object.hasOwn(parsed, 'format')) {
    return refuse(t('read.noFormat', { expected: DECLARATION_FORMAT }))
  }
  if (parsed.format !== DECLARATION_FORMAT) {
    const format = JSON.stringify(parsed.format).slice(0, 60)
    return refuse(t('read.otherFormat', { format, expected: DECLARATION_FORMAT }))
  }
  const infinite = findNonFinite(parsed, [])
  if (infinite) return refuse(t('read.notFinite', { path: shownPointer(infinite) }))
  const unknown = findUnknownElements(DeclarationFileSchema, parsed, [], MAX_UNKNOWN_ELEMENTS)
  if (unknown.length > MAX_UNKNOWN_ELEMENTS) {
    return refuse(t('read.tooManyUnknown', { max: MAX_UNKNOWN_ELEMENTS.toLocaleString('en') }))
  }
  return { ok: true, declaration: parsed, warnings: unknownWarnings(unknown, t) }
}

function refusal(fileName: string, reason: string, t: Translate): string {
  return t('read.refused', { file: fileName, reason })
}

/** One warning per unknown element, up to UNKNOWN_ELEMENTS_LISTED; then one line for the rest. */
function unknownWarnings(paths: JsonPath[], t: Translate): string[] {
  // Listing exactly one more than the limit would say "1 more": list it instead.
  const listed =
    paths.length <= UNKNOWN_ELEMENTS_LISTED + 1 ? paths.length : UNKNOWN_ELEMENTS_LISTED
  const warnings = paths
    .slice(0, listed)
    .map((path) => t('read.unknownElement', { path: shownPointer(path) }))
  if (paths.length > listed) warnings.push(t('read.moreUnknown', { count: paths.length - listed }))
  return warnings
}

/** The longest pointer a message shows; keys may be any text, of any length. */
const SHOWN_POINTER_LENGTH = 120

/**
 * A JSON Pointer as a message shows it: one line, short, and in the order it is written —
 * control, line-breaking and direction characters of the file's keys as \uXXXX.
 */
function shownPointer(path: JsonPath): string {
  const pointer = toPointer(path)
  const cut =
    pointer.length > SHOWN_POINTER_LENGTH ? pointer.slice(0, SHOWN_POINTER_LENGTH) + '…' : pointer
  return cut.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (char) => '\\u' + char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0'),
  )
}

/**
 * Whether JSON text nests arrays and objects more than `limit` deep, read as JSON reads it
 * (brackets inside strings do not count) without parsing it: no stack is used, whatever the
 * depth. Text that is not JSON may be judged either way; it is refused in any case.
 */
function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0
  const length = text.length
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x22) {
      // A string: jump to its closing quote, over escaped characters.
      for (i++; i < length; i++) {
        const inner = text.charCodeAt(i)
        if (inner === 0x5c) i++
        else if (inner === 0x22) break
      }
    } else if (code === 0x5b || code === 0x7b) {
      if (++depth > limit) return true
    } else if (code === 0x5d || code === 0x7d) {
      depth--
    }
  }
  return false
}

/**
 * The path of the first number that JSON.parse turned into ±Infinity (a literal such as 1e400
 * or -1e309), or undefined. The value is nested within MAX_NESTING_DEPTH.
 */
function findNonFinite(value: unknown, path: (string | number)[]): JsonPath | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : [...path]
  if (typeof value !== 'object' || value === null) return undefined
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      if (typeof value[index] === 'number' && Number.isFinite(value[index])) continue
      path.push(index)
      const found = findNonFinite(value[index], path)
      path.pop()
      if (found) return found
    }
    return undefined
  }
  const object = value as Record<string, unknown>
  for (const key of Object.keys(object)) {
    path.push(key)
    const found = findNonFinite(object[key], path)
    path.pop()
    if (found) return found
  }
  return undefined
}

/** "16.0 MiB"; the limit itself as "16 MiB". */
export function formatMiB(bytes?: number): string {
  if (bytes === undefined) return `${MAX_DECLARATION_FILE_BYTES / (1024 * 1024)} MiB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`
}
