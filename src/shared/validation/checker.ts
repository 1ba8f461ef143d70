/**
 * What every check of the validator shares: the Checker that collects findings, how a value from
 * the file is quoted, and the readers of plain elements, each reading its limits from the element
 * table (format/elements.ts). A reader reports what is wrong with its element and returns the
 * value only when it is usable; the input may be any value at all.
 *
 * Nothing here composes a sentence: a finding names its rule and the values its sentence needs
 * (report.ts), and the sentence is rendered in the reader's language (finding-text.ts).
 */
import { characterName, unprintableCharacters } from '../codes/printable'
import { element, type ElementId, listMax } from '../format/elements'

export { listMax }
import { isJsonObject } from '../json'
import { boxForPointer } from './describe'
import type { Finding, FindingParam, FindingParams, QuotedValue } from './report'
import { RULES, type RuleDefinition, type RuleId } from './rules'

export type Obj = Record<string, unknown>

const ITEM_PATH = /^\/consignments\/([0-9]+)\/items\/([0-9]+)(?:\/|$)/

/** Collects findings; everything else of the pass lives in local variables. */
export class Checker {
  readonly errors: Finding[] = []
  readonly warnings: Finding[] = []
  /** running item number before each consignment (for "goods item 12" in sentences) */
  readonly itemOffsets: number[] = []

  report(rule: RuleId, path: string, params: FindingParams = {}): void {
    const definition: RuleDefinition = RULES[rule]
    const item = this.itemNumber(path)
    const finding: Finding = {
      rule,
      path,
      params: item === undefined ? params : { ...params, item },
    }
    const box = boxForPointer(path) ?? definition.box
    if (box !== undefined) finding.box = box
    if (definition.severity === 'error') this.errors.push(finding)
    else this.warnings.push(finding)
  }

  /** Another element a sentence names ("the holder"), numbered as findings are. */
  element(path: string): FindingParam {
    const item = this.itemNumber(path)
    return item === undefined ? { element: path } : { element: path, item }
  }

  /** The running number of the goods item a path lies in (items count across consignments). */
  private itemNumber(path: string): number | undefined {
    const match = path.length > 20 ? ITEM_PATH.exec(path) : null
    if (!match) return undefined
    return (this.itemOffsets[Number(match[1])] ?? 0) + Number(match[2]) + 1
  }
}

export function own(o: Obj, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined
}

export function present(value: unknown): boolean {
  return value !== undefined && value !== null
}

/** A value as the file holds it, for a sentence to quote: short, one line, no control characters. */
function quoted(value: unknown): QuotedValue {
  if (typeof value === 'string') {
    let cut = value.length > 40 ? value.slice(0, 40) : value
    const last = cut.charCodeAt(cut.length - 1)
    if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1)
    // eslint-disable-next-line no-control-regex
    cut = cut.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?')
    return { text: cut, cut: value.length > 40 }
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { number: value } : { other: 'infinite' }
  }
  if (typeof value === 'boolean') return { other: value ? 'true' : 'false' }
  if (value === null) return { other: 'null' }
  if (value === undefined) return { other: 'missing' }
  if (Array.isArray(value)) return { other: 'list' }
  if (typeof value === 'object') return { other: 'object' }
  return { other: 'unsupported' }
}

/** The value as written ("MSKU1234566"). */
export const quote = (value: unknown): FindingParam => ({ quote: quoted(value) })

/** What kind of value it is, for "should be text, not the number 5". */
export const kind = (value: unknown): FindingParam => ({ kind: quoted(value) })

/** A code the sentence names with its name (`code.<list>.<code>` in the catalogue). */
export const codeName = (list: string, code: string): FindingParam => ({ code, list })

function missing(c: Checker, path: string): void {
  c.report('structure.required', path)
}

/** `expected` is the kind of value the element holds: text, number, boolean, object, list. */
export function wrongType(c: Checker, path: string, value: unknown, expected: string): void {
  c.report('structure.type', path, { context: expected, actual: kind(value) })
}

/**
 * Reports an element that is not of the expected type: missing (when it is required) or of
 * another type.
 */
function notOfType(
  c: Checker,
  path: string,
  value: unknown,
  expected: string,
  required: boolean,
): undefined {
  if (present(value)) wrongType(c, path, value, expected)
  else if (required) missing(c, path)
  return undefined
}

/** A string element whose shape is checked by a dedicated rule: only presence and type here. */
export function readString(
  c: Checker,
  o: Obj,
  key: string,
  base: string,
  required: boolean,
): string | undefined {
  const value = own(o, key)
  const path = `${base}/${key}`
  return typeof value === 'string' ? value : notOfType(c, path, value, 'text', required)
}

/**
 * A printed text with characters the packet's fonts cannot show is pointed out before printing
 * (codes are not checked here: their own shape rules refuse such characters).
 */
function checkPrintable(c: Checker, path: string, value: string): void {
  const missing = unprintableCharacters(value)
  if (missing.length === 0) return
  c.report('print.glyph-missing', path, {
    count: missing.length,
    characters: { list: missing.map(characterName) },
  })
}

/** A free text element, as long as the element table allows. */
export function readText(
  c: Checker,
  o: Obj,
  key: string,
  base: string,
  id: ElementId,
  required: boolean,
): string | undefined {
  const value = readString(c, o, key, base, required)
  if (value === undefined) return undefined
  return checkText(c, `${base}/${key}`, value, id) ? value : undefined
}

/**
 * Whether a text is as long as text element `id` may be; reports it when not. Its characters are
 * looked at too: those the fonts lack (printed texts), and invisible ones that change how it
 * reads (free texts: a code's own shape rule already refuses any such character).
 */
export function checkText(c: Checker, path: string, value: string, id: ElementId): boolean {
  const spec = element(id)
  if (spec.type !== 'text') return true
  if (spec.printed !== false) checkPrintable(c, path, value)
  if (spec.pattern === undefined) checkHiddenCharacters(c, path, value, spec.multiline === true)
  return checkLength(c, path, value, spec.min, spec.max ?? Infinity)
}

/**
 * Characters that change how a text reads without showing: direction controls (the Unicode
 * bidirectional embeddings, overrides, isolates and marks: "USD 10,000" shown as "000,01 DSU"),
 * C0 and C1 controls (NUL, escape …: dropped on paper), and line breaks and tabs where the element
 * is one line (an input field drops them at the next edit).
 */
const DIRECTION_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/
const LINE_CONTROL = /[\t\n\r]/
const HIDDEN_IN_ONE_LINE = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u
const HIDDEN_IN_LINES = /[^\P{Cc}\t\n\r]|[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u
/** How many different characters of one kind a finding names. */
const NAMED_CHARACTERS = 5
/** No free text may be longer than 512 characters: past this, the text is too long anyway. */
const SCANNED_LENGTH = 4096

type HiddenKind = 'direction' | 'control' | 'line'

/**
 * Reports the invisible characters of a free text: one finding per kind found (direction,
 * control, line), each naming its characters as U+XXXX, the first five of each kind.
 */
function checkHiddenCharacters(c: Checker, path: string, value: string, multiline: boolean) {
  const hidden = multiline ? HIDDEN_IN_LINES : HIDDEN_IN_ONE_LINE
  const text = value.length > SCANNED_LENGTH ? value.slice(0, SCANNED_LENGTH) : value
  if (!hidden.test(text)) return
  const found: Record<HiddenKind, string[]> = { direction: [], control: [], line: [] }
  for (const [char] of text.matchAll(new RegExp(hidden.source, 'gu'))) {
    const kind: HiddenKind = DIRECTION_CONTROL.test(char)
      ? 'direction'
      : LINE_CONTROL.test(char)
        ? 'line'
        : 'control'
    const code = 'U+' + char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')
    const list = found[kind]
    if (list.length < NAMED_CHARACTERS && !list.includes(code)) list.push(code)
  }
  for (const kind of ['direction', 'control', 'line'] as const) {
    const list = found[kind]
    if (list.length === 0) continue
    c.report('text.control-character', path, {
      context: kind,
      count: list.length,
      characters: { list },
    })
  }
}

/** Length in characters (code points; a lone surrogate counts as one). */
function charLength(text: string, max: number): number {
  if (text.length > 2 * max) return text.length
  let pairs = 0
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        pairs++
        i++
      }
    }
  }
  return text.length - pairs
}

function checkLength(c: Checker, path: string, value: string, min: number, max: number): boolean {
  // Characters never outnumber UTF-16 units: a short text with min 0 or 1 needs no counting.
  if (value.length <= max && value.length >= min && min <= 1) return true
  const length = charLength(value, max)
  if (length >= min && length <= max) return true
  const context = length === 0 ? 'empty' : min === max ? 'exactly' : min > 0 ? 'between' : 'atMost'
  c.report('structure.length', path, { context, value: quote(value), length, min, max })
  return false
}

function hasDecimalsBeyond(n: number, decimals: number): boolean {
  if (Math.abs(n) >= 1e15) return false
  const scale = 10 ** decimals
  return Math.round(n * scale) / scale !== n
}

/** A number element within the range the element table gives. */
export function readNumber(
  c: Checker,
  o: Obj,
  key: string,
  base: string,
  id: ElementId,
  required: boolean,
): number | undefined {
  const value = own(o, key)
  const path = `${base}/${key}`
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return notOfType(c, path, value, 'number', required)
  }
  const spec = element(id)
  if (spec.type !== 'number') return value
  // Masses are the numbers with decimals fixed: kilograms to the gram.
  const mass = spec.decimals !== undefined ? '-mass' : ''
  if (spec.integer && !Number.isInteger(value)) {
    c.report('structure.type', path, { context: 'whole', number: value })
    return undefined
  }
  if (spec.min !== undefined && (spec.above ? value <= spec.min : value < spec.min)) {
    const context = `${spec.above ? 'above' : 'min'}${mass}`
    c.report('structure.range', path, { context, number: value, min: spec.min })
    return undefined
  }
  if (spec.decimals !== undefined && hasDecimalsBeyond(value, spec.decimals)) {
    c.report('structure.decimals', path, { number: value, decimals: spec.decimals })
    return undefined
  }
  return value
}

export function readObject(
  c: Checker,
  o: Obj,
  key: string,
  base: string,
  required: boolean,
): Obj | undefined {
  const value = own(o, key)
  if (isJsonObject(value)) return value
  return notOfType(c, `${base}/${key}`, value, 'object', required)
}

export function readBoolean(
  c: Checker,
  o: Obj,
  key: string,
  base: string,
  required: boolean,
): boolean | undefined {
  const value = own(o, key)
  if (typeof value === 'boolean') return value
  return notOfType(c, `${base}/${key}`, value, 'boolean', required)
}

/**
 * A choice from the fixed set the element table gives (procedure, guarantee type …); the set is
 * named in the sentence when the value is not one of it.
 */
export function readChoice(
  c: Checker,
  o: Obj,
  key: string,
  base: string,
  id: ElementId,
  required: boolean,
): string | undefined {
  const spec = element(id)
  const values = spec.type === 'choice' ? spec.values : []
  const value = own(o, key)
  const path = `${base}/${key}`
  const expected = typeof values[0] === 'number' ? 'number' : 'text'
  if (!present(value)) return notOfType(c, path, value, expected, required)
  if (values.includes(value as string | number)) return value as string
  if (expected === 'text' && typeof value !== 'string') {
    return notOfType(c, path, value, expected, required)
  }
  c.report('structure.enum', path, { value: quote(value), allowed: { list: values.map(String) } })
  return undefined
}

/**
 * A list of as many entries as the element table allows; reports a wrong number of entries.
 * The caller looks at the first `max` entries only.
 */
export function readList(
  c: Checker,
  o: Obj,
  key: string,
  base: string,
  id: ElementId,
  required: boolean,
): readonly unknown[] | undefined {
  const value = own(o, key)
  const path = `${base}/${key}`
  if (!Array.isArray(value)) return notOfType(c, path, value, 'list', required)
  const spec = element(id)
  const [min, max] = spec.type === 'list' ? [spec.min, spec.max] : [0, Infinity]
  if (value.length < min || value.length > max) {
    const context = value.length === 0 ? 'empty' : value.length < min ? 'few' : 'many'
    c.report('structure.count', path, { context, count: value.length, min, max })
  }
  return value
}

/** A list entry of the wrong kind: null gets its own sentence, lists never hold it. */
function wrongEntry(c: Checker, path: string, value: unknown, expected: string): undefined {
  if (value === undefined || value === null) c.report('structure.type', path, { context: 'null' })
  else wrongType(c, path, value, expected)
  return undefined
}

/** An entry of a list that should be an object. */
export function entryObject(c: Checker, value: unknown, path: string): Obj | undefined {
  return isJsonObject(value) ? value : wrongEntry(c, path, value, 'object')
}

/** An entry of a list that should be a string. */
export function entryString(c: Checker, value: unknown, path: string): string | undefined {
  return typeof value === 'string' ? value : wrongEntry(c, path, value, 'text')
}

/**
 * Reads each of the first `max` entries of `list` that is an object; the others are reported.
 * `base` is the list's own path.
 */
export function readEntries(
  c: Checker,
  list: readonly unknown[],
  max: number,
  base: string,
  read: (c: Checker, entry: Obj, path: string) => void,
): void {
  const n = Math.min(list.length, max)
  for (let i = 0; i < n; i++) {
    const path = `${base}/${i}`
    const entry = entryObject(c, list[i], path)
    if (entry) read(c, entry, path)
  }
}
