/**
 * What every check of the validator shares: the Checker that collects findings, how a value is
 * quoted in a message, and the readers of plain elements (text, numbers, yes/no, objects, lists).
 * A reader reports what is wrong with its element and returns the value only when it is usable;
 * the input may be any value at all.
 */
import { isJsonObject } from '../json'
import { boxForPointer, capitalise, describePointer } from './describe'
import type { Finding } from './report'
import { RULES, type RuleDefinition, type RuleId } from './rules'

export type Obj = Record<string, unknown>

/** Collects findings; everything else of the pass lives in local variables. */
export class Checker {
  readonly errors: Finding[] = []
  readonly warnings: Finding[] = []
  /** running item number before each consignment (for "goods item 12" in messages) */
  readonly itemOffsets: number[] = []

  report(rule: RuleId, path: string, message: string): void {
    const definition: RuleDefinition = RULES[rule]
    const finding: Finding = { rule, path, message }
    const box = boxForPointer(path) ?? definition.box
    if (box !== undefined) finding.box = box
    if (definition.severity === 'error') this.errors.push(finding)
    else this.warnings.push(finding)
  }

  /** "the net mass of goods item 2" */
  what(path: string): string {
    return describePointer(path, (c, i) => (this.itemOffsets[c] ?? 0) + i + 1)
  }

  /** "The net mass of goods item 2" */
  What(path: string): string {
    return capitalise(this.what(path))
  }
}

export function own(o: Obj, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined
}

export function present(value: unknown): boolean {
  return value !== undefined && value !== null
}

/** A value quoted for a message: short, one line, no control characters. */
export function show(value: unknown): string {
  if (typeof value === 'string') {
    let cut = value.length > 40 ? value.slice(0, 40) : value
    const last = cut.charCodeAt(cut.length - 1)
    if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1)
    // eslint-disable-next-line no-control-regex
    cut = cut.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?')
    return `"${cut}${value.length > 40 ? '…' : ''}"`
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'not a number'
  if (typeof value === 'boolean') return value ? 'yes (true)' : 'no (false)'
  if (value === null) return 'empty (null)'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'an object'
  return 'an unsupported value'
}

/** What a value of the wrong type is, for "should be text, not …". */
export function kindOf(value: unknown): string {
  if (typeof value === 'string') return `the text ${show(value)}`
  if (typeof value === 'number') {
    return Number.isFinite(value) ? `the number ${value}` : 'a number that is not finite'
  }
  if (typeof value === 'boolean') return `${value}`
  if (value === null) return 'null'
  if (value === undefined) return 'nothing'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'an object'
  return `a ${typeof value}`
}

function missing(c: Checker, path: string): void {
  c.report('structure.required', path, `${c.What(path)} is missing.`)
}

export function wrongType(c: Checker, path: string, value: unknown, expected: string): void {
  c.report('structure.type', path, `${c.What(path)} should be ${expected}, not ${kindOf(value)}.`)
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
  return typeof value === 'string' ? value : notOfType(c, `${base}/${key}`, value, 'text', required)
}

/** A free text element of `min` to `max` characters. */
export function readText(
  c: Checker,
  o: Obj,
  key: string,
  base: string,
  min: number,
  max: number,
  required: boolean,
): string | undefined {
  const value = readString(c, o, key, base, required)
  if (value === undefined) return undefined
  return checkLength(c, `${base}/${key}`, value, min, max) ? value : undefined
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

export function checkLength(
  c: Checker,
  path: string,
  value: string,
  min: number,
  max: number,
): boolean {
  // Characters never outnumber UTF-16 units: a short text with min 0 or 1 needs no counting.
  if (value.length <= max && value.length >= min && min <= 1) return true
  const length = charLength(value, max)
  if (length >= min && length <= max) return true
  const range = min === max ? `exactly ${min}` : min > 0 ? `${min} to ${max}` : `at most ${max}`
  const message =
    length === 0
      ? `${c.What(path)} is empty; fill it in.`
      : `${c.What(path)} ${show(value)} is ${length} characters long; it should be ${range} characters.`
  c.report('structure.length', path, message)
  return false
}

interface NumberRule {
  required: boolean
  /** lowest allowed value; `above` makes it exclusive */
  min?: number
  above?: boolean
  integer?: boolean
  /** masses: at most 3 decimals */
  mass?: boolean
  unit?: string
}

function hasDecimalsBeyond3(n: number): boolean {
  if (Math.abs(n) >= 1e15) return false
  return Math.round(n * 1000) / 1000 !== n
}

export function readNumber(
  c: Checker,
  o: Obj,
  key: string,
  base: string,
  rule: NumberRule,
): number | undefined {
  const value = own(o, key)
  const path = `${base}/${key}`
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return notOfType(c, path, value, 'a number', rule.required)
  }
  const unit = rule.unit ? ` ${rule.unit}` : ''
  if (rule.integer && !Number.isInteger(value)) {
    c.report('structure.type', path, `${c.What(path)} ${value} should be a whole number.`)
    return undefined
  }
  if (rule.min !== undefined && (rule.above ? value <= rule.min : value < rule.min)) {
    const bound = rule.above ? `more than ${rule.min}` : `${rule.min} or more`
    c.report('structure.range', path, `${c.What(path)} is ${value}${unit}; it should be ${bound}.`)
    return undefined
  }
  if (rule.mass && hasDecimalsBeyond3(value)) {
    c.report(
      'structure.decimals',
      path,
      `${c.What(path)} ${value} kg has more than 3 decimals; give it to the gram.`,
    )
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
  return notOfType(c, `${base}/${key}`, value, 'an object with its own elements', required)
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
  return notOfType(c, `${base}/${key}`, value, 'yes (true) or no (false)', required)
}

/** A list; reports a wrong number of entries. The caller looks at the first `max` entries only. */
export function readList(
  c: Checker,
  o: Obj,
  key: string,
  base: string,
  min: number,
  max: number,
  required: boolean,
): readonly unknown[] | undefined {
  const value = own(o, key)
  const path = `${base}/${key}`
  if (!Array.isArray(value)) return notOfType(c, path, value, 'a list', required)
  if (value.length < min || value.length > max) {
    const message =
      value.length === 0
        ? `${c.What(path)} is an empty list; at least ${min === 1 ? 'one entry is' : `${min} entries are`} needed.`
        : value.length < min
          ? `There ${value.length === 1 ? 'is 1 entry' : `are ${value.length} entries`} in ${c.what(path)}; at least ${min} are needed.`
          : `There are ${value.length} entries in ${c.what(path)}; at most ${max} are allowed.`
    c.report('structure.count', path, message)
  }
  return value
}

/** A list entry of the wrong kind: null gets its own message, lists never hold it. */
function wrongEntry(c: Checker, path: string, value: unknown, expected: string): undefined {
  if (value === undefined || value === null) {
    c.report('structure.type', path, `${c.What(path)} is empty (null); lists never hold null.`)
  } else wrongType(c, path, value, expected)
  return undefined
}

/** An entry of a list that should be an object. */
export function entryObject(c: Checker, value: unknown, path: string): Obj | undefined {
  return isJsonObject(value) ? value : wrongEntry(c, path, value, 'an object with its own elements')
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
