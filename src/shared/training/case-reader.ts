/**
 * The checks of a case file's elements, each refusing with one sentence that names the element
 * at fault (its JSON Pointer in the case file), what it holds and what it should hold, in the
 * words of the catalogue (`training.read.*`). The first fault ends the reading: `Refusal`.
 */
import { fromPointer, getAt, isJsonObject, toPointer, type JsonPath } from '../json'
import type { Translate } from '../validation/describe'
import type { Pointer, Text } from './case'

/** Why a case file cannot be read: one sentence in the reader's words. */
export class Refusal extends Error {
  override readonly name = 'Refusal'
}

/** The longest pointer or value a refusal quotes. */
const SHOWN_LENGTH = 120

const LANGUAGE_CODE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/

/** RFC 6901: empty (the whole document), or `/` and segments where `~` is only `~0` or `~1`. */
const POINTER = /^(?:\/(?:[^~]|~[01])*)*$/

export const isPointer = (value: unknown): value is Pointer =>
  typeof value === 'string' && POINTER.test(value)

export function shown(text: string): string {
  return text.length > SHOWN_LENGTH ? text.slice(0, SHOWN_LENGTH) + '…' : text
}

export class CaseReader {
  constructor(readonly t: Translate) {}

  /** Refuses: `key` of `training.read`, its values filled in. */
  fail(key: string, values: Record<string, unknown> = {}): never {
    throw new Refusal(this.t(`training.read.${key}`, values))
  }

  /** Refuses the value at `path`: it should be `expected` (a key of `training.read.expect`). */
  wrong(
    path: JsonPath,
    value: unknown,
    expected: string,
    values: Record<string, unknown> = {},
  ): never {
    return this.fail('wrong', {
      path: shown(toPointer(path)),
      actual: this.kindOf(value),
      expected: this.t(`training.read.expect.${expected}`, values),
    })
  }

  missing(path: JsonPath): never {
    return this.fail('missing', { path: shown(toPointer(path)) })
  }

  /** "the text "abc"", "the number 5", "a list" — the validator's words for a value. */
  private kindOf(value: unknown): string {
    const t = this.t
    if (typeof value === 'string') {
      return t('validation.kind.text', {
        value: t('validation.value.text', { text: shown(value) }),
      })
    }
    if (typeof value === 'number') return t('validation.kind.number', { number: value })
    if (value === true || value === false || value === null || value === undefined) {
      return t(`validation.kind.${value === undefined ? 'missing' : String(value)}`)
    }
    if (Array.isArray(value)) return t('training.read.entries', { count: value.length })
    return t('validation.kind.object')
  }

  /** Refuses an object holding an element not in `known`. */
  onlyKnown(object: Record<string, unknown>, path: JsonPath, known: readonly string[]): void {
    for (const key of Object.keys(object)) {
      if (!known.includes(key)) this.fail('unknown', { path: shown(toPointer([...path, key])) })
    }
  }

  object(value: unknown, path: JsonPath): Record<string, unknown> {
    if (value === undefined) this.missing(path)
    if (!isJsonObject(value)) this.wrong(path, value, 'object')
    return value
  }

  list(value: unknown, path: JsonPath, max: number): unknown[] {
    if (value === undefined) this.missing(path)
    if (!Array.isArray(value) || value.length > max) {
      this.wrong(path, value, Number.isFinite(max) ? 'list' : 'anyList', { max })
    }
    return value
  }

  /** A text that is not blank, of at most `max` characters (code points) when given. */
  string(value: unknown, path: JsonPath, max = Infinity): string {
    if (value === undefined) this.missing(path)
    if (typeof value !== 'string' || value.trim() === '' || [...value].length > max) {
      this.wrong(path, value, Number.isFinite(max) ? 'textUpTo' : 'text', { max })
    }
    return value
  }

  /** A Text: a string, or an object of language codes to strings (each not blank). */
  text(value: unknown, path: JsonPath, max = Infinity): Text {
    if (typeof value === 'string' || value === undefined) return this.string(value, path, max)
    if (!isJsonObject(value) || Object.keys(value).length === 0) {
      this.wrong(path, value, 'languages')
    }
    const text: Record<string, string> = {}
    for (const [language, words] of Object.entries(value)) {
      if (!LANGUAGE_CODE.test(language)) {
        this.fail('language', { path: shown(toPointer(path)), code: shown(language) })
      }
      text[language] = this.string(words, [...path, language], max)
    }
    return text
  }

  oneOf<T extends string | number>(value: unknown, path: JsonPath, values: readonly T[]): T {
    if (value === undefined) this.missing(path)
    if (!values.includes(value as T)) {
      this.wrong(path, value, 'oneOf', { list: values.join(this.t('validation.listSeparator')) })
    }
    return value as T
  }

  /** A number from `min` to `max`, a whole one when `integer`. */
  number(value: unknown, path: JsonPath, min: number, max: number, integer: boolean): number {
    if (value === undefined) this.missing(path)
    const fits =
      typeof value === 'number' &&
      value >= min &&
      value <= max &&
      (!integer || Number.isInteger(value))
    if (!fits) this.wrong(path, value, integer ? 'wholeNumber' : 'number', { min, max })
    return value as number
  }

  /** A JSON Pointer into the answer, naming one of its elements. */
  pointer(value: unknown, path: JsonPath, answer: unknown): Pointer {
    if (!isPointer(value)) this.wrong(path, value, 'pointer')
    this.inAnswer(value, path, answer)
    return value
  }

  /** Refuses a pointer (a key of `path`'s map, or its value) the answer has no element at. */
  inAnswer(pointer: Pointer, path: JsonPath, answer: unknown): void {
    if (getAt(answer, fromPointer(pointer)) === undefined) {
      this.fail('notInAnswer', { path: shown(toPointer(path)), pointer: shown(pointer) })
    }
  }
}
