/**
 * Where the writer is, and how every value is written: checked against its schema type
 * (xsd-types.ts) first, so that a value the schema would refuse is refused here instead, with
 * the element named (Ie015Refusal) — never cut, trimmed or rounded.
 */
import { firstIllegalXmlChar, leaf, type XmlElement } from '../xml'
import { Ie015Refusal, type Ie015RefusalReason } from './refusal'
import {
  plainDecimal,
  totalDigits,
  type DecimalType,
  type IntegerType,
  type TextType,
} from './xsd-types'

/**
 * Space separators as the schema checker sees them: \p{Z}, and U+180E and U+200B, which older
 * Unicode tables (libxml2's) still count as spaces. Refusing them at the ends is the safe side.
 */
const SPACE = /[\p{Z}\u180e\u200b]/u

function codePoints(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0xd800 || c > 0xdbff) n++
  }
  return n
}

const hex = (codePoint: number) => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`

/**
 * Where the writer is: the element path of the message (`Consignment/HouseConsignment[1]`) and
 * the JSON pointer of the declaration it writes from (`/consignments/0`). Every value is
 * written through a scope, which checks it against its schema type and refuses in these terms.
 */
export class Scope {
  constructor(
    readonly at: string,
    readonly from: string,
  ) {}

  /**
   * A child element's scope; `from` is a step of the file's pointer, or a whole pointer when it
   * starts with "/" (none: the same place).
   */
  in(element: string, from?: string | number): Scope {
    return new Scope(this.path(element), this.source(from))
  }

  path(element: string): string {
    return this.at ? `${this.at}/${element}` : element
  }

  source(from?: string | number): string {
    if (from === undefined) return this.from
    return typeof from === 'string' && from.startsWith('/') ? from : `${this.from}/${from}`
  }

  refuse(reason: Ie015RefusalReason, element: string, detail: string): never {
    throw new Ie015Refusal(reason, this.path(element), detail)
  }

  /** The value checked against its type, as it will be written; absent or empty refused. */
  check(element: string, value: string | null | undefined, type: TextType, from?: string): string {
    const source = this.source(from)
    if (value === null || value === undefined || value === '') {
      this.refuse('missing', element, `${source} is required (${type.name})`)
    }
    const bad = firstIllegalXmlChar(value)
    if (bad >= 0) {
      const what = hex(value.codePointAt(bad) ?? 0)
      this.refuse(
        'invalidCharacter',
        element,
        `${source} holds ${what}, which XML 1.0 cannot carry`,
      )
    }
    const length = codePoints(value)
    if (length > type.max) {
      this.refuse(
        'tooLong',
        element,
        `${source} is ${length} characters, ${type.name} allows at most ${type.max}`,
      )
    }
    if (length < (type.min ?? 1)) {
      this.refuse(
        'invalidCharacter',
        element,
        `${source} is ${length} characters, ${type.name} needs ${type.min ?? 1}`,
      )
    }
    const normalized = value.replace(/[\t\n\r]/g, ' ')
    if (type.token && normalized.replace(/ +/g, ' ').replace(/^ | $/g, '') !== value) {
      this.refuse(
        'invalidCharacter',
        element,
        `${source} has spaces, tabs or line breaks that ${type.name} (xs:token) would collapse`,
      )
    }
    if (
      type.noSpaceEnds &&
      (SPACE.test(firstChar(normalized)) || SPACE.test(lastChar(normalized)))
    ) {
      this.refuse(
        'invalidCharacter',
        element,
        `${source} begins or ends with a space or line break, which ${type.name} forbids`,
      )
    }
    if (type.pattern && !type.pattern.test(normalized)) {
      this.refuse(
        'invalidCharacter',
        element,
        `${source} "${value}" does not match the pattern of ${type.name}`,
      )
    }
    return value
  }

  text(element: string, value: string | null | undefined, type: TextType, from?: string) {
    return leaf(element, this.check(element, value, type, from))
  }

  /** A repeated element's entries against the schema's maxOccurs: more are refused, not cut. */
  count(element: string, entries: number, maxOccurs: number, from?: string): void {
    if (entries > maxOccurs) {
      this.refuse(
        'tooLong',
        element,
        `${this.source(from)} gives ${entries} ${element}, the schema allows ${maxOccurs}`,
      )
    }
  }

  /** Absent or empty: nothing written. */
  optionalText(
    element: string,
    value: string | null | undefined,
    type: TextType,
    from?: string,
  ): XmlElement | undefined {
    if (value === null || value === undefined || value === '') return undefined
    return this.text(element, value, type, from)
  }

  /** A number as the schema's decimal type writes it, exactly (never rounded). */
  decimalText(element: string, value: number | null | undefined, type: DecimalType, from?: string) {
    const source = this.source(from)
    if (value === null || value === undefined) {
      this.refuse('missing', element, `${source} is required (${type.name})`)
    }
    if (!Number.isFinite(value) || value < 0) {
      this.refuse('invalidCharacter', element, `${source} is ${value}, ${type.name} is ≥ 0`)
    }
    const text = plainDecimal(value)
    const fraction = text.split('.')[1] ?? ''
    if (fraction.length > type.fractionDigits) {
      this.refuse(
        'tooLong',
        element,
        `${source} has ${fraction.length} decimals, ${type.name} allows ${type.fractionDigits}`,
      )
    }
    const digits = totalDigits(text)
    if (digits > type.totalDigits) {
      this.refuse(
        'tooLong',
        element,
        `${source} has ${digits} digits, ${type.name} allows ${type.totalDigits}`,
      )
    }
    if (!type.zero && value === 0) {
      this.refuse('invalidCharacter', element, `${source} is 0, ${type.name} must be above 0`)
    }
    return text
  }

  decimal(element: string, value: number | null | undefined, type: DecimalType, from?: string) {
    return leaf(element, this.decimalText(element, value, type, from))
  }

  integer(element: string, value: number | null | undefined, type: IntegerType, from?: string) {
    const source = this.source(from)
    if (value === null || value === undefined) {
      this.refuse('missing', element, `${source} is required (${type.name})`)
    }
    if (!Number.isInteger(value) || value < type.min) {
      this.refuse(
        'invalidCharacter',
        element,
        `${source} is ${value}, ${type.name} is a whole number ≥ ${type.min}`,
      )
    }
    if (value > type.max) {
      this.refuse(
        'tooLong',
        element,
        `${source} is ${value}, ${type.name} allows at most ${type.max}`,
      )
    }
    return leaf(element, String(value))
  }
}

function firstChar(text: string): string {
  return String.fromCodePoint(text.codePointAt(0) ?? 0x20)
}

function lastChar(text: string): string {
  const last = text.charCodeAt(text.length - 1)
  const start = last >= 0xdc00 && last <= 0xdfff ? text.length - 2 : text.length - 1
  return String.fromCodePoint(text.codePointAt(start) ?? 0x20)
}

/**
 * A `sequenceNumber` the writer counts itself (1, 2, 3 …): NumericWithoutZero_5, far above any
 * count a declaration file can hold (999 items, 99 of each list).
 */
export const sequenceNumber = (index: number, element = 'sequenceNumber'): XmlElement =>
  leaf(element, String(index + 1))
