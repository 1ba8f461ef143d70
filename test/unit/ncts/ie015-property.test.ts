import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { writeIe015 } from '../../../src/shared/ncts/ie015'
import {
  copy,
  messageFile,
  OPTIONS,
  removeMessageFiles,
  ROOT,
  sample,
  validate,
  xpathString,
} from './ie015-xmllint'

afterAll(removeMessageFiles)

/** XML 1.0 Char, with no surrogate halves (a code point is written whole). */
const xmlChar = (c: number) =>
  c === 0x9 ||
  c === 0xa ||
  c === 0xd ||
  (c >= 0x20 && c <= 0xd7ff) ||
  (c >= 0xe000 && c <= 0xfffd) ||
  (c >= 0x10000 && c <= 0x10ffff)

/** What the schema's `\P{Z}(.*\P{Z})?` refuses at an end, with tab and line breaks as spaces. */
const spaceLike = (c: string) => /[\p{Z}\s\u180e\u200b]/u.test(c)

const SPECIAL = [
  '&',
  '<',
  '>',
  '"',
  "'",
  ']]>',
  '&amp;',
  'Ж',
  'ё',
  'ب',
  'ی',
  '۴',
  '𝔸',
  '😀',
  '\t',
  '\n',
  '\r',
  ' ',
  '\u00a0',
  '\u200f',
]

/** Text the schema takes in an AlphaNumeric_MAXn_NoSpaces element: 1–max code points. */
const validText = (max: number) =>
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...SPECIAL),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }),
      ),
      { minLength: 1, maxLength: 12 },
    )
    .map((parts) => parts.join(''))
    .map((text) => [...text].filter((c) => xmlChar(c.codePointAt(0)!)).slice(0, max))
    .filter((chars) => chars.length > 0 && !spaceLike(chars[0]!) && !spaceLike(chars.at(-1)!))
    .map((chars) => chars.join(''))

describe('writeIe015 with random text', () => {
  it('names, addresses and descriptions of valid text always give schema-valid XML', () => {
    fc.assert(
      fc.property(
        validText(70),
        validText(70),
        validText(70),
        validText(512),
        (holderName, consigneeName, street, description) => {
          const d = copy(sample('t1-poti-istanbul.json'))
          d.holder.name = holderName
          d.consignments[0]!.consignee.name = consigneeName
          d.consignments[0]!.consignor.address!.street = street
          d.consignments[0]!.items[0]!.description = description
          const file = messageFile(writeIe015(d, OPTIONS))
          const { status, output } = validate(file)
          expect(status, output).toBe(0)
          expect(xpathString(file, `${ROOT}/HolderOfTheTransitProcedure/name`)).toBe(holderName)
        },
      ),
      { numRuns: 20 },
    )
  }, 30_000)
})
