/**
 * Export is held to the 16 MiB import accepts: indented when that fits, compact when only that
 * fits, refused in one sentence otherwise — so every exported file imports again, unchanged.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../../src/shared/format/canonical-json'
import { MAX_DECLARATION_FILE_BYTES } from '../../src/shared/format/constants'
import { declarationFileText, utf8Length } from '../../src/shared/format/export-declaration'
import { readDeclarationText } from '../../src/shared/format/read-declaration'
import type { JsonObject } from '../../src/shared/json'
import { sampleText } from './samples'

const tir = () => JSON.parse(sampleText('tir-almaty-karachi.json')) as JsonObject
const bytesOf = (text: string) => new TextEncoder().encode(text).byteLength

/**
 * The TIR sample with 999 goods items (long Cyrillic descriptions, two bytes a character) and an
 * unknown element padding it so that its compact canonical form is exactly `bytes` long.
 */
function declarationOfCompactSize(bytes: number): JsonObject {
  const doc = tir() as JsonObject & { consignments: { items: JsonObject[] }[] }
  const item = doc.consignments[0]!.items[0]!
  doc.consignments[0]!.items = Array.from({ length: 999 }, (_, i) => ({
    ...item,
    sequence: i + 1,
    description: 'Хлопковая пряжа '.repeat(30),
  }))
  doc.padding = ''
  doc.padding = 'x'.repeat(bytes - utf8Length(canonicalJson(doc)))
  return doc
}

/** Large documents: serialising 16 MiB a few times takes seconds on a busy machine. */
const SLOW = 60_000

describe('declarationFileText', () => {
  it('writes the indented canonical form when it fits', () => {
    const doc = tir()
    expect(declarationFileText(doc, 'KZ.json')).toEqual({
      text: canonicalJson(doc, 2),
      compact: false,
    })
  })

  it(
    'writes the compact form, the same data, when only that fits: a 16 MiB import exports',
    () => {
      const doc = declarationOfCompactSize(MAX_DECLARATION_FILE_BYTES)
      const imported = canonicalJson(doc)
      expect(bytesOf(imported)).toBe(MAX_DECLARATION_FILE_BYTES)
      const read = readDeclarationText('big.json', imported, bytesOf(imported))
      if (!read.ok) throw new Error(read.message)
      expect(utf8Length(canonicalJson(read.declaration, 2))).toBeGreaterThan(
        MAX_DECLARATION_FILE_BYTES,
      )
      const exported = declarationFileText(read.declaration, 'big.json')
      if ('message' in exported) throw new Error(exported.message)
      expect(exported.compact).toBe(true)
      expect(bytesOf(exported.text)).toBeLessThanOrEqual(MAX_DECLARATION_FILE_BYTES)
      // …and imports again, to the last element.
      const again = readDeclarationText('big.json', exported.text, bytesOf(exported.text))
      if (!again.ok) throw new Error(again.message)
      expect(canonicalJson(again.declaration)).toBe(imported)
    },
    SLOW,
  )

  it(
    'refuses a declaration too large either way, in one sentence naming the file',
    () => {
      const doc = declarationOfCompactSize(MAX_DECLARATION_FILE_BYTES)
      doc.padding += 'Ж' // two bytes where the limit had none
      const exported = declarationFileText(doc, 'KZ-ALA-2026-0117.json')
      expect(exported).not.toHaveProperty('text')
      const { message } = exported as { message: string }
      expect(message).toBe(
        '“KZ-ALA-2026-0117.json” was not exported: it would be 16.0 MiB, larger than the 16 MiB a declaration file may be, so it could not be imported again.',
      )
    },
    SLOW,
  )

  it(
    'refuses an import that grows past the limit only by how numbers are written',
    () => {
      // "1e20" is written out in full on export (JavaScript prints it so): 4 bytes become 21.
      const doc = declarationOfCompactSize(MAX_DECLARATION_FILE_BYTES - 2_000)
      const text = canonicalJson({ ...doc, big: '@' }).replace(
        '"big":"@"',
        `"big":[${Array(200).fill('1e20').join(',')}]`,
      )
      const read = readDeclarationText('numbers.json', text, bytesOf(text))
      if (!read.ok) throw new Error(read.message)
      expect(declarationFileText(read.declaration, 'numbers.json')).toHaveProperty('message')
    },
    SLOW,
  )

  it(
    'says it in the words of the translator it is given',
    () => {
      const doc = declarationOfCompactSize(MAX_DECLARATION_FILE_BYTES + 1)
      const t = (key: string, options?: Record<string, unknown>) =>
        `${key} ${String(options?.file)}`
      expect(declarationFileText(doc, 'x.json', t)).toEqual({
        message: 'read.exportTooLarge x.json',
      })
    },
    SLOW,
  )
})

describe('utf8Length', () => {
  it('counts as TextEncoder does, lone surrogates as U+FFFD', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(utf8Length(text)).toBe(bytesOf(text))
      }),
    )
    for (const text of ['', 'a', 'é', 'Ж', '€', '😀', '\uD800', '\uDC00x', 'a\uD83D']) {
      expect(utf8Length(text), JSON.stringify(text)).toBe(bytesOf(text))
    }
  })
})
